from django.core.management.base import BaseCommand

from forms_engine.notifications import retry_unsent


class Command(BaseCommand):
    help = "Queue again every form email that has not been sent, for example after a long mail server outage."

    def handle(self, *args, **options):
        count = retry_unsent()
        self.stdout.write(f"Queued {count} emails.")
