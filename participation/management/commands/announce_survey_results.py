from django.core.management.base import BaseCommand

from participation.survey_announcements import announce_due


class Command(BaseCommand):
    help = (
        "Email those who asked that a survey's results are out, for every closed survey whose results are "
        "published and not yet announced (once per survey). For a task backend that cannot defer tasks: run it "
        "from cron, e.g. every 10 minutes."
    )

    def handle(self, *args, **options):
        count = announce_due()
        self.stdout.write(f"Announced the results of {count} surveys.")
