"""Demo texts of the participation pages for Pirkanmaa, Finnish first with Swedish and English translations."""

from participation.demo_data.channels import CHANNELS
from participation.demo_data.events import EVENTS
from participation.demo_data.follow_ups import FOLLOW_UPS
from participation.demo_data.methods import METHODS
from participation.demo_data.open_calls import OPEN_CALLS
from participation.demo_data.sections import CHILDREN_FEEDBACK_PAGE, FEEDBACK_PAGE, INDEX_PAGES
from participation.demo_data.taxonomy import AREAS, TARGET_GROUPS

__all__ = [
    "AREAS",
    "CHANNELS",
    "CHILDREN_FEEDBACK_PAGE",
    "EVENTS",
    "FEEDBACK_PAGE",
    "FOLLOW_UPS",
    "INDEX_PAGES",
    "METHODS",
    "OPEN_CALLS",
    "TARGET_GROUPS",
]
