from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail import hooks

from portal.demo import DemoLoader
from portal.demo_content import load_site_shell
from portal.models import HomePage
from search.signal_handlers import indexes_built_at_the_end


class Command(BaseCommand):
    help = "Build the demo site in every content language. Safe to run again: it updates what it made before."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing when the site already has a home page.")

    def handle(self, *args, if_empty=False, **options):
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content; demo content not loaded.")
            return
        # The site is searchable as soon as this command ends: no index work is left to the task worker.
        with indexes_built_at_the_end(), transaction.atomic():
            loader = DemoLoader(stdout=self.stdout)
            load_site_shell(loader)
            for load_app_content in hooks.get_hooks("load_demo_content"):
                load_app_content(loader)
            # The Sámi languages (synchronised from Finnish): an alias of every Finnish page the loader made, as
            # wagtail-localize makes one of every page an editor creates.
            call_command("sync_locale_trees")
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
