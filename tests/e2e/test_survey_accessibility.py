"""The demo surveys, open and closed with its results, have no axe-core violations and reflow at 320 px."""

import pytest

from tests.e2e.conftest import screenshot

CLOSED = {
    "fi": "/fi/kanavat/perheiden-asiakasraati/kysely-perhekeskuksen-aukioloajat/",
    "sv": "/sv/kanaler/familjernas-klientrad/enkat-familjecentralens-oppettider/",
}
OPEN = "/fi/kanavat/vammaispalvelujen-asiakasraati/kysely-asioinnin-saavutettavuus/"


@pytest.mark.parametrize("code", list(CLOSED))
def test_closed_survey_with_results_has_no_axe_violations(demo_site, page, axe_violations, code):
    response = page.goto(demo_site.url + CLOSED[code])

    assert response.status == 200
    assert page.locator("h1").count() == 1
    assert page.locator(".survey-results table").count() == 3
    assert page.locator("svg.survey-chart[aria-hidden='true']").count() == 3
    assert page.locator("form[method='post']").count() == 0
    assert axe_violations(page) == []
    screenshot(page, f"{code}-survey-closed")


def test_open_survey_has_no_axe_violations_and_takes_answers(demo_site, page, axe_violations):
    response = page.goto(demo_site.url + OPEN)

    assert response.status == 200
    assert page.locator("input[name='ov_results_wanted']").count() == 1
    assert page.locator(".survey-results").count() == 0
    assert axe_violations(page) == []
    screenshot(page, "fi-survey-open")


def test_closed_survey_reflows_at_320_css_pixels(demo_site, page):
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(demo_site.url + CLOSED["fi"])

    assert page.evaluate("document.documentElement.scrollWidth") <= 320
