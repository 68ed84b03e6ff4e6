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
                self.assertAllowedSubpageTypes(item_model, set())
                self.assertCanNotCreateAt(StandardPage, item_model)

    def test_feedback_page_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(FeedbackFormPage, {HomePage})
        self.assertAllowedSubpageTypes(FeedbackFormPage, set())
