"""Chinese wordings from real reports: a descriptor before the designation ("世代友好的"), the
"closer" qualifier, abbreviated field pairs (能矿), the Belt and Road's five connectivities, aid
agreements (经济技术合作协定) and a renewed signing (续签)."""
from __future__ import annotations

from extracting import facts, level_actions, tops


def test_a_descriptor_ending_in_friendly_is_no_part_of_the_designation():
    assert level_actions("中国和老挝致力于发展平等信任、世代友好的全面战略合作伙伴关系。") == {
        (("CHN", "LAO"), "comprehensive strategic cooperative partnership"): "reaffirm"}


def test_closer_comprehensive_cooperative_partnership_keeps_its_qualifier():
    assert set(level_actions("中国同尼泊尔于2009年建立更加紧密的全面合作伙伴关系。")) == {
        (("CHN", "NPL"), "closer comprehensive cooperative partnership")}


def test_energy_and_mining_abbreviated_together():
    assert tops(facts("中国和加蓬同意深化农渔业、能矿等领域合作。")) == {
        (("CHN", "GAB"), f) for f in ("agriculture", "energy", "mining")}


def test_the_five_connectivities_name_their_fields():
    assert tops(facts("中国和巴拿马将在设施联通、贸易畅通、资金融通、民心相通等领域开展合作。")) == {
        (("CHN", "PAN"), f) for f in ("connectivity", "trade", "finance", "culture")}


def test_an_economic_and_technical_cooperation_agreement_is_aid():
    f = facts("中国驻乍得大使与乍得外长签署中乍经济技术合作协定。")
    assert tops(f) == {(("CHN", "TCD"), "economy"), (("CHN", "TCD"), "humanitarian")}
    assert [(a.pair, a.type) for a in f.agreements] == [(("CHN", "TCD"), "agreement")]


def test_a_renewed_memorandum_is_signed():
    f = facts("中国与老挝外长续签共建“一带一路”合作谅解备忘录。")
    assert [(a.pair, a.type) for a in f.agreements] == [(("CHN", "LAO"), "memorandum")]


def test_healthy_and_stable_relations_are_no_health_field():
    assert tops(facts("中国和秘鲁将逐步加强健康、稳定的经贸合作关系。")) == {
        (("CHN", "PER"), "economy"), (("CHN", "PER"), "trade")}
