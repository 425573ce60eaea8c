"""The CLI end to end on the bundled example: exit codes 0 success, 1 rejected, 2 bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from imr_rationale.cli import main

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = str(ROOT / "examples" / "cervical-spine-2014.yaml")
LETTER = ROOT / "tests" / "data" / "letter_rationales"


@pytest.fixture(autouse=True)
def no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("IMR_MODEL", "OPENAI_BASE_URL", "IMR_RESPONSE_FORMAT"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-key-that-must-not-be-used")


def test_decide_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["decide", SAMPLE, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    items = out["items"]
    assert [i["outcome"] for i in items] == ["upheld"] * 3
    assert [i["citation"]["pages"] for i in items] == ["98-99", "177-179", "122"]
    assert {c["id"]: c["status"] for c in items[2]["criteria"]}["tpi.trigger_points"] == "not_documented"
    assert "rationale" not in items[0]


def test_draft_text_prints_three_verified_rationales_in_the_letter_layout(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", SAMPLE]) == 0
    out = capsys.readouterr().out
    assert out.startswith("IMR ISSUES, DECISIONS AND RATIONALES")
    assert out.count("Decision rationale: ") == 3
    assert out.count("Drafted by template drafter (deterministic, no model); verified.") == 3
    for line in ("Physical therapy for the cervical spine, 2-3 times a week for 6 weeks: Upheld",
                 "MRI of the cervical spine without contrast and with IV sedation: Upheld",
                 "Trigger point injection to the cervical spine: Upheld"):
        assert line in out
    for pages in ("Page(s): 98-99.", "Page(s): 177-179.", "Page(s): 122."):
        assert pages in out


def test_draft_json_carries_provenance(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", SAMPLE, "--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    prov = out["provenance"]
    assert prov["model"] is None and len(prov["criteria_digest"]) == 64 and len(prov["prompts_digest"]) == 64
    assert set(prov["topic_digests"]) == {"cpmtg_physical_medicine", "acoem_neck_imaging",
                                          "cpmtg_trigger_point_injections"}
    for item in out["items"]:
        assert item["verified"] is True and item["drafted_by"] == "template"
        assert item["rationale"] and item["attempts"][-1]["findings"] == []


def test_draft_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["draft", SAMPLE, "--format", "md"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("## IMR ISSUES") and "**Decision rationale:**" in out


@pytest.mark.parametrize(("item", "name"), [(1, "1-physical-therapy.txt"), (2, "2-mri.txt"), (3, "3-trigger-point.txt")])
def test_verify_accepts_the_letters_own_rationales(item: int, name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", SAMPLE, str(LETTER / name), "--item", str(item)]) == 0
    assert "accepted" in capsys.readouterr().out


def test_verify_rejects_a_flipped_rationale(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = (LETTER / "3-trigger-point.txt").read_text()
    flipped = text.replace("will be considered medically unnecessary", "will be considered medically necessary")
    assert flipped != text
    path = tmp_path / "flipped.txt"
    path.write_text(flipped)
    assert main(["verify", SAMPLE, str(path), "--item", "3", "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert any(f["code"] == "contradicts_outcome" for f in findings)


@pytest.mark.parametrize(
    "args",
    [
        ["verify", SAMPLE, "missing.txt", "--item", "1"],
        ["verify", SAMPLE, str(LETTER / "2-mri.txt"), "--item", "9"],
        ["draft", SAMPLE, "--max-attempts", "0"],
        ["decide", "nope.yaml"],
    ],
)
def test_bad_input_exits_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    assert "error:" in capsys.readouterr().err


def test_named_model_without_endpoint_exits_2_naming_the_variable(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    assert main(["draft", SAMPLE, "--model", "gpt-x"]) == 2
    assert "OPENAI_BASE_URL" in capsys.readouterr().err


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["additionalProperties"] is False
    assert {"worker", "items", "facts"} <= set(schema["properties"])
