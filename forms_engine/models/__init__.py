from forms_engine.models.announcements import Announcement
from forms_engine.models.attachments import Attachment, FileKindsField
from forms_engine.models.form_page import AutocompletePurpose, FormField, FormPageBase, RoutingRule, StatisticsKind
from forms_engine.models.notifications import Notification, NotificationStatus
from forms_engine.models.submissions import (
    EventKind,
    IntakeChannel,
    Place,
    ReferenceCounter,
    Submission,
    SubmissionEvent,
    SubmissionStatus,
)
from forms_engine.models.subscriptions import NotifiedStatus, Subscription

__all__ = [
    "Announcement",
    "Attachment",
    "FileKindsField",
    "AutocompletePurpose",
    "EventKind",
    "FormField",
    "FormPageBase",
    "IntakeChannel",
    "Notification",
    "NotificationStatus",
    "NotifiedStatus",
    "Place",
    "ReferenceCounter",
    "RoutingRule",
    "Submission",
    "SubmissionEvent",
    "StatisticsKind",
    "SubmissionStatus",
    "Subscription",
]
