"""The request matcher suggests the service a request names; it reads vocabulary terms and never applies."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from imr_rationale import Library
from imr_rationale.criteria import RegionSpec, ServiceSpec, Vocabulary
from imr_rationale.matcher import Suggestion, suggest


def _vocab_library(services: dict[str, list[str]]) -> Library:
    regions = {
        "cervical_spine": ["cervical", "neck", "c-spine"],
        "thoracic_spine": ["thoracic", "mid back"],
        "lumbar_spine": ["lumbar", "low back", "lumbosacral"],
        "knee": ["knee"],
        "upper_extremities": ["upper extremities", "upper extremity"],
        "multiple": [],
    }
    vocab = Vocabulary(
        services={k: ServiceSpec(label=k, terms=v) for k, v in services.items()},
        body_regions={k: RegionSpec(label=k, terms=v) for k, v in regions.items()},
    )
    return Library(folder=Path("."), vocabulary=vocab, topics={}, fact_specs={}, digest="")


@pytest.fixture(scope="module")
def small() -> Library:
    """A vocabulary made here, so these tests do not depend on what the criteria folder holds."""
    return _vocab_library(
        {
            "chiropractic": ["chiropractic", "chiropractic manipulation", "chiro"],
            "electrodiagnostic": ["EMG", "NCV", "EMG/NCV", "nerve conduction study"],
            "physical_therapy": ["physical therapy", "PT"],
            "trigger_point_injection": ["trigger point injection"],
            "topical": ["lidocaine", "lidocaine cream", "diclofenac gel", "cream"],
            "nsaid": ["diclofenac", "naproxen"],
            "muscle_relaxant": ["cyclobenzaprine", "Flexeril"],
            "opioid": ["Norco", "hydrocodone", "hydrocodone/APAP"],
        }
    )


def top(text: str, library: Library) -> Suggestion:
    found = suggest(text, library)
    assert found, f"no suggestion for {text!r}"
    return found[0]


# ---------------------------------------------------------------- generic behaviour (own vocabulary)


def test_service_and_region_from_the_issue_examples(small: Library) -> None:
    s = top("chiropractic 2x4 lumbar", small)
    assert (s.service, s.body_region, s.matched, s.region_matched) == (
        "chiropractic",
        "lumbar_spine",
        ("chiropractic",),
        ("lumbar",),
    )
    s = top("EMG/NCV bilateral upper extremities", small)
    assert (s.service, s.body_region) == ("electrodiagnostic", "upper_extremities")
    assert s.matched == ("EMG/NCV",), "the longest term wins over its parts EMG and NCV"


def test_words_are_quoted_as_written(small: Library) -> None:
    s = top("HYDROCODONE/apap 10/325 #60", small)
    assert s.matched == ("HYDROCODONE/apap",)


def test_two_places_naming_one_service_raise_confidence(small: Library) -> None:
    one, two = top("Norco 10/325 #60", small), top("Norco (hydrocodone) 10/325 #60", small)
    assert one.confidence == pytest.approx(0.9)
    assert two.confidence > one.confidence and two.matched == ("Norco", "hydrocodone")


def test_acronyms_match_only_in_capitals(small: Library) -> None:
    assert top("PT 2x6 lumbar", small).service == "physical_therapy"
    assert suggest("pt reports pain in the lumbar spine", small) == []


def test_a_longer_term_of_another_service_covers_a_shorter_one(small: Library) -> None:
    found = suggest("Diclofenac gel 1% to the knee", small)
    assert [s.service for s in found] == ["topical"]
    assert found[0].body_region == "knee"


def test_a_lesser_match_ranks_below_with_lower_confidence(small: Library) -> None:
    found = suggest("Trigger point injection with lidocaine to the neck", small)
    assert [s.service for s in found] == ["trigger_point_injection", "topical"]
    assert found[0].confidence > found[1].confidence
    assert all(s.body_region == "cervical_spine" for s in found)


def test_on_equal_confidence_the_service_named_last_ranks_first(small: Library) -> None:
    found = suggest("naproxen/cyclobenzaprine/lidocaine cream", small)
    assert found[0].service == "topical" and found[0].matched == ("lidocaine cream",)
    assert {s.service for s in found} == {"topical", "muscle_relaxant", "nsaid"}


def test_misspellings_are_similarity_matches_with_lower_confidence(small: Library) -> None:
    s = top("Flexiril 10 mg", small)
    assert s.service == "muscle_relaxant" and s.fuzzy and s.matched == ("Flexiril",)
    assert 0.5 < s.confidence <= 0.7
    assert suggest("Flowers 10 mg", small) == []


def test_an_exact_match_is_not_also_a_similarity_match(small: Library) -> None:
    assert [s.fuzzy for s in suggest("Flexeril 10 mg", small)] == [False]


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("TFESI L4-5 and L5-S1", "lumbar_spine", ("L4-5", "L5-S1")),
        ("Left C5-6 interlaminar", "cervical_spine", ("C5-6",)),
        ("T7 block", "thoracic_spine", ("T7",)),
        ("PT for the neck and low back", "multiple", ("neck", "low back")),
        ("PT 2x4", None, ()),
    ],
)
def test_body_region(small: Library, text: str, region: str | None, words: tuple[str, ...]) -> None:
    s = suggest(text + " PT", small)[0]
    assert (s.body_region, s.region_matched) == (region, words)


def test_nothing_known_gives_no_suggestion(small: Library) -> None:
    assert suggest("", small) == []
    assert suggest("something else entirely", small) == []


def test_a_suggestion_is_a_value_it_cannot_be_applied_by_mutation(small: Library) -> None:
    s = top("Norco 10/325 #90", small)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.service = "nsaid"  # type: ignore[misc]


# ------------------------------------------------ the project's vocabulary: drugs to their class


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Norco 10/325 #90", "opioid"),
        ("Vicodin 5/300 #60", "opioid"),
        ("Hydrocodone/APAP 10/325 #120", "opioid"),
        ("Tramadol ER 150mg #30", "opioid"),
        ("Tylenol #3 #60", "opioid"),
        ("Flexeril 7.5mg #60", "muscle_relaxant"),
        ("cyclobenzaprine 10 mg #30", "muscle_relaxant"),
        ("Soma 350mg #90", "muscle_relaxant"),
        ("carisoprodol 350 mg", "muscle_relaxant"),
        ("Naproxen 550mg #60", "nsaid"),
        ("Anaprox DS 550 #60", "nsaid"),
        ("ibuprofen 800 mg", "nsaid"),
        ("Motrin 800 #90", "nsaid"),
        ("Omeprazole 20mg #30", "proton_pump_inhibitor"),
        ("Prilosec 20 mg", "proton_pump_inhibitor"),
        ("pantoprazole 40mg #30", "proton_pump_inhibitor"),
        ("LidoPro cream", "topical_analgesic"),
        ("Lidoderm 5% patch #30", "topical_analgesic"),
        ("Terocin patches #30", "topical_analgesic"),
        ("Compound cream: flurbiprofen/cyclobenzaprine/lidocaine", "topical_analgesic"),
        ("Voltaren gel 1% to the knee", "topical_analgesic"),
        ("TENS unit rental x 30 days", "tens"),
        ("Lumbar ESI L5-S1", "epidural_steroid_injection"),
        ("Transforaminal epidural steroid injection L4-5", "epidural_steroid_injection"),
    ],
)
def test_drug_and_device_names_map_to_their_service(library: Library, text: str, service: str) -> None:
    s = top(text, library)
    assert s.service == service, suggest(text, library)
    assert s.confidence >= 0.85 and not s.fuzzy
    assert all(word in text for word in s.matched)


def test_every_part_a_service_has_terms_that_suggest_it(library: Library) -> None:
    for sid in (
        "epidural_steroid_injection",
        "opioid",
        "nsaid",
        "proton_pump_inhibitor",
        "muscle_relaxant",
        "topical_analgesic",
        "tens",
    ):
        for term in library.vocabulary.services[sid].terms:
            found = suggest(term, library)
            assert found and found[0].service == sid, (sid, term, found[:2])
