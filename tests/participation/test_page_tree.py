from wagtail.test.utils import WagtailPageTestCase

from participation.models import (
    ChannelIndexPage,
    ChannelPage,
    EventIndexPage,
    EventPage,
    FeedbackFormPage,
    FollowUpIndexPage,
    FollowUpPage,
    MethodLibraryPage,
    MethodPage,
    OpenCallIndexPage,
    OpenCallPage,
    SurveyPage,
)
from portal.models import HomePage, StandardPage

SECTIONS = {
    ChannelIndexPage: ChannelPage,
    OpenCallIndexPage: OpenCallPage,
    MethodLibraryPage: MethodPage,
    FollowUpIndexPage: FollowUpPage,
    EventIndexPage: EventPage,
}


class TestParticipationPageTree(WagtailPageTestCase):
    def test_sections_live_under_the_home_page_and_hold_only_their_own_items(self):
        for index_model, item_model in SECTIONS.items():
            with self.subTest(index_model.__name__):
                self.assertAllowedParentPageTypes(index_model, {HomePage})
                self.assertAllowedSubpageTypes(index_model, {item_model})
                self.assertAllowedParentPageTypes(item_model, {index_model})
                # A channel may have its own feedback page (the family centre's "Kerro meille" for children) and its
                # own surveys.
                self.assertAllowedSubpageTypes(
                    item_model, {FeedbackFormPage, SurveyPage} if item_model is ChannelPage else set()
                )
                self.assertCanNotCreateAt(StandardPage, item_model)

    def test_feedback_page_lives_under_the_home_page_or_a_channel(self):
        self.assertAllowedParentPageTypes(FeedbackFormPage, {HomePage, ChannelPage})
        self.assertAllowedSubpageTypes(FeedbackFormPage, set())

    def test_survey_lives_under_the_home_page_or_a_channel(self):
        self.assertAllowedParentPageTypes(SurveyPage, {HomePage, ChannelPage})
        self.assertAllowedSubpageTypes(SurveyPage, set())
