"""Checks the FHIR files the widget makes against an outside validator.

fhir.resources (PyPI, the R4B models) parses every file: a field FHIR does
not define, a wrong type or a missing required element fails. Then the links
the HL7 SDC and US Core screening patterns rely on: the response names the
Questionnaire's canonical and version, every linkId and answer is in the
Questionnaire, the Observation is the LOINC 44261-6 total, equals the
response's total and is derived from the response.

    python scripts/fhir-validate.py target/fhir/*.json   (make test-fhir)

Prints one line per file and "fhir: N passed, M failed"; exits 1 on a failure.
"""
import sys

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.questionnaire import Questionnaire


def check_bundle(bundle):
    kinds = [type(entry.resource).__name__ for entry in bundle.entry]
    assert bundle.type == "collection", f"type {bundle.type}"
    assert kinds == ["Questionnaire", "QuestionnaireResponse", "Observation"], kinds
    questionnaire, response, observation = (entry.resource for entry in bundle.entry)
    urls = [entry.fullUrl for entry in bundle.entry]
    assert len(set(urls)) == 3 and all(u.startswith("urn:uuid:") for u in urls), urls
    assert response.questionnaire == f"{questionnaire.url}|{questionnaire.version}", response.questionnaire
    assert any(c.code == "44249-1" for c in questionnaire.code), "the Questionnaire is not LOINC 44249-1"
    defined = {item.linkId: item for item in questionnaire.item}
    total = None
    for item in response.item:
        assert item.linkId in defined, f"{item.linkId} is not in the Questionnaire"
        answer = item.answer[0]
        if answer.valueCoding is not None:
            allowed = {option.valueCoding.code for option in defined[item.linkId].answerOption}
            assert answer.valueCoding.code in allowed, f"{item.linkId}: {answer.valueCoding.code} is not one of its answers"
        else:
            total = answer.valueInteger
    assert response.subject is None and observation.subject is None, "a subject: the visitor must stay anonymous"
    assert [c.code for c in observation.code.coding] == ["44261-6"], "the Observation is not the PHQ-9 total"
    assert observation.valueInteger == total, f"Observation {observation.valueInteger} != response total {total}"
    assert [r.reference for r in observation.derivedFrom] == [urls[1]], "the Observation is not derived from the response"


def main(paths):
    failed = 0
    for path in paths:
        text = open(path, encoding="utf-8").read()
        try:
            if '"resourceType": "Bundle"' in text:
                check_bundle(Bundle.model_validate_json(text))
            else:
                Questionnaire.model_validate_json(text)
            print(f"  ok {path}")
        except Exception as error:  # one line per file, whatever went wrong
            failed += 1
            print(f"  FAILED {path}: {error}")
    print(f"fhir: {len(paths) - failed} passed, {failed} failed")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
