from participation.models.agreements import Agreement, AgreementStatus, AgreementTemplate
from participation.models.alerts import AlertFrequency, AlertKind, AlertSubscription, AnnouncedPage
from participation.models.assignments import (
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    FeeClass,
    OfferStatus,
)
from participation.models.channels import ChannelIndexPage, ChannelPage
from participation.models.claims import ClaimAttachment, ClaimStatus, FeeClaim
from participation.models.events import AttendanceRole, EventAttendance, EventIndexPage, EventPage
from participation.models.feedback import FeedbackFormPage
from participation.models.follow_ups import (
    FollowUpIndexPage,
    FollowUpPage,
    FollowUpStatus,
    FollowUpStatusEntry,
    OriginKind,
)
from participation.models.methods import MethodExpert, MethodLibraryPage, MethodPage, MethodPhase
from participation.models.open_calls import OpenCallIndexPage, OpenCallPage, OpenCallStatus
from participation.models.register import RegisterLanguage, RegisterProfile, RegisterRole
from participation.models.statistics import StatisticsPage
from participation.models.surveys import SurveyPage, SurveyPhase
from participation.models.taxonomy import Area, ChannelKind, ParticipationLevel, TargetGroup

__all__ = [
    "Agreement",
    "AgreementStatus",
    "AgreementTemplate",
    "FeeClaim",
    "ClaimAttachment",
    "ClaimStatus",
    "OfferStatus",
    "FeeClass",
    "AssignmentStatus",
    "AssignmentOffer",
    "Assignment",
    "AlertFrequency",
    "AlertKind",
    "AlertSubscription",
    "AnnouncedPage",
    "Area",
    "AttendanceRole",
    "ChannelIndexPage",
    "ChannelKind",
    "ChannelPage",
    "EventAttendance",
    "EventIndexPage",
    "EventPage",
    "FeedbackFormPage",
    "FollowUpIndexPage",
    "FollowUpPage",
    "FollowUpStatus",
    "FollowUpStatusEntry",
    "MethodExpert",
    "MethodLibraryPage",
    "MethodPage",
    "MethodPhase",
    "OpenCallIndexPage",
    "OpenCallPage",
    "OpenCallStatus",
    "OriginKind",
    "ParticipationLevel",
    "RegisterLanguage",
    "RegisterProfile",
    "RegisterRole",
    "StatisticsPage",
    "SurveyPage",
    "SurveyPhase",
    "TargetGroup",
]
