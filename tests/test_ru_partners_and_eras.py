"""Russian designations as real reports word them: "является стратегическим партнером", a partner
ranked among others, "в новую эпоху" after the designation, and "образование ООН" (a founding, no field)."""
from __future__ import annotations

from extracting import facts, level_actions, tops


def test_a_country_called_the_others_strategic_partner_states_the_level():
    assert level_actions("Президент Кубы сказал, что Вьетнам является стратегическим партнером Кубы.") == {
        (("CUB", "VNM"), "strategic partnership"): "reaffirm"}


def test_one_of_several_key_strategic_partners_is_no_level():
    assert level_actions("Министр назвал Индию одним из ключевых стратегических партнеров Египта.") == {}


def test_new_era_after_the_designation_belongs_to_it():
    text = ("Россия и Китай приняли заявление об углублении отношений всеобъемлющего партнерства и стратегического "
            "взаимодействия в новую эпоху, отмеченную юбилеем.")
    assert set(level_actions(text)) == {
        (("CHN", "RUS"), "comprehensive partnership and strategic interaction for a new era")}


def test_the_founding_of_the_un_is_no_education_field():
    f = facts("Москва и Пекин подписали соглашение о сотрудничестве в сфере энергетики к годовщине образования ООН.")
    assert tops(f) == {(("CHN", "RUS"), "energy")}


def test_strategic_partnership_and_interaction_keeps_its_tail():
    assert level_actions("Россия и Китай продолжат продвижение стратегического партнерства и взаимодействия.") == {
        (("CHN", "RUS"), "strategic partnership and interaction"): "reaffirm"}


def test_mutual_trade_and_production_cooperation_name_their_fields():
    assert tops(facts("Президенты Армении и Казахстана отметили рост взаимной торговли.")) == {(("ARM", "KAZ"), "trade")}
    assert tops(facts("Соглашения Армении и Казахстана призваны укреплять производственную и научно-техническую "
                      "кооперацию.")) == {(("ARM", "KAZ"), "industry"), (("ARM", "KAZ"), "science-technology")}


def test_a_statement_on_strategic_stability_is_security_cooperation():
    assert tops(facts("Россия и Китай подписали заявление о глобальной стратегической стабильности.")) == {
        (("CHN", "RUS"), "defence-security")}


def test_a_strategic_partnership_of_media_outlets_or_firms_is_no_level():
    assert level_actions("Армения и Египет подписали документы о стратегическом партнерстве телеканалов "
                         "и информационных агентств двух стран.") == {}
