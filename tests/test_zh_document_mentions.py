"""Chinese documents as real reports list and repeat them: a second document after 以及, a protocol to an
agreement, a firm's deal inside a list of signed documents, one memorandum told three times."""
from __future__ import annotations

from extracting import facts


def _docs(text: str) -> list:
    return sorted((a.pair, a.type) for a in facts(text).agreements)


def test_a_document_after_yiji_shares_the_signing_verb():
    assert _docs("中国和蒙古签署农业合作谅解备忘录，以及有关海关检疫的协议。") == [
        (("CHN", "MNG"), "agreement"), (("CHN", "MNG"), "memorandum")]


def test_a_supplementary_protocol_is_one_document_not_the_agreement_it_amends():
    assert _docs("中国和阿根廷签署两国政府文化协定的补充议定书。") == [(("ARG", "CHN"), "protocol")]


def test_a_listed_deal_between_a_bank_and_a_company_is_no_agreement():
    text = ("中国和秘鲁签署了12项合作文件。其中主要包括：两国农业部关于渔业合作的谅解备忘录，"
            "中国某银行与秘鲁某矿业公司融资框架协议。")
    assert (("CHN", "PER"), "memorandum") in _docs(text)
    assert not any(a.fields == ("mining",) or "finance" in a.fields for a in facts(text).agreements)


def test_one_memorandum_told_three_times_is_one_document():
    text = ("中国同多哥签署共建“一带一路”谅解备忘录。外交部发言人表示，3月2日，中国同多哥签署"
            "《关于共同推进“一带一路”建设的谅解备忘录》。至此，多哥与中国签署了共建“一带一路”合作文件。")
    assert _docs(text) == [(("CHN", "TGO"), "memorandum")]


def test_a_titled_document_naming_the_pair_is_an_earlier_agreement_without_a_verb():
    assert _docs("中国和智利都重视《中智两国政府自由贸易协定》对双方经贸往来的推动作用。") == [(("CHL", "CHN"), "agreement")]


def test_a_titled_multilateral_document_is_no_agreement_of_the_pair():
    assert _docs("双方都赞赏《巴黎协定》，中国和智利愿加强合作。") == []


def _status(text: str) -> list:
    return [(a.type, a.status) for a in facts(text).agreements]


def test_jiang_right_after_a_document_tells_what_it_does_not_that_it_is_unsigned():
    assert _status("十六年前，《中智睦邻友好条约》将世代友好写入法律。") == [("treaty", "signed")]
    assert _status("中国和智利签署的自贸协定将于明年生效。") == [("agreement", "signed")]


def test_a_signing_still_to_come_stays_planned():
    assert _status("中国和智利的自贸协定将于明年签署。") == [("agreement", "planned")]
    assert _status("中国和智利将签署自贸协定。") == [("agreement", "planned")]
