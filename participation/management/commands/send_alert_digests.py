from django.core.management.base import BaseCommand

from participation.alerts.sending import run_daily


class Command(BaseCommand):
    help = (
        "Send the weekly alert summaries that are due, finish announcements left unfinished, and erase alert "
        "subscriptions never confirmed. Run daily "
        "(cron or a systemd timer) when the task worker does not run it; running it more often sends nothing twice."
    )

    def handle(self, *args, **options):
        done = run_daily()
        self.stdout.write(
            f"Sent {done['digests']} weekly summaries and {done['late_alerts']} late alerts; "
            f"erased {done['unconfirmed_erased']} unconfirmed subscriptions."
        )
