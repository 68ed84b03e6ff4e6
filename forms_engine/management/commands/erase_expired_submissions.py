from django.core.management.base import BaseCommand

from forms_engine.retention import erase_expired


class Command(BaseCommand):
    help = "Erase the form submissions whose retention period has ended. Run daily (cron or a scheduler)."

    def handle(self, *args, **options):
        count = erase_expired()
        self.stdout.write(f"Erased {count} submissions.")
