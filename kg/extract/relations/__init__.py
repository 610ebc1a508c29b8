"""One extractor per relation kind (partnership, cooperation, agreement), each over the typed document."""
