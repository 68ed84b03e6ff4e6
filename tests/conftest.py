from dataclasses import dataclass

import pytest
from django.conf import settings
from wagtail.models import Collection, Locale, Page, Site

from tests.factories import HomePageFactory


@dataclass
class LocalizedSite:
    site: Site
    locales: dict
    homes: dict

    @property
    def home(self):
        return self.homes[settings.LANGUAGE_CODE]

    def translate(self, page, code, **fields):
        """Publish a translation of `page` in language `code` with the given field values."""
        translation = page.copy_for_translation(self.locales[code], copy_parents=False)
        for name, value in fields.items():
            setattr(translation, name, value)
        translation.save_revision().publish()
        translation.refresh_from_db()
        return translation

    def synchronise(self):
        """An alias of every page not translated into the languages synchronised from Finnish (the Sámi languages),
        as wagtail-localize keeps them when editors create pages in the admin."""
        from django.core.management import call_command

        from portal.localization import set_up_languages

        set_up_languages()
        call_command("sync_locale_trees")


def tree_root():
    """Wagtail's root page (and root collection, for images and documents), made by migrations; a transactional
    test's database flush removes them, so recreate them."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


@pytest.fixture
def localized_site(db):
    """A site whose Finnish home page has Swedish and English translations, as the demo site has."""
    locales = {}
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locales[code], _created = Locale.objects.get_or_create(language_code=code)
    root = tree_root()
    fi_home = HomePageFactory(parent=root, slug="home-fi", locale=locales["fi"])
    homes = {"fi": fi_home}
    titles = {"sv": "Delta och påverka", "en": "Participate and influence"}
    for code, title in titles.items():
        home = fi_home.copy_for_translation(locales[code])
        home.title = title
        home.slug = f"home-{code}"
        home.save_revision().publish()
        homes[code] = home
    Site.objects.all().delete()
    site = Site.objects.create(hostname="localhost", port=80, root_page=fi_home, is_default_site=True)
    return LocalizedSite(site=site, locales=locales, homes=homes)


@pytest.fixture(autouse=True)
def clear_cache():
    """Each test starts with an empty cache, as a fresh server does.

    The content types are forgotten too: a transactional test's flush makes them again with new ids, and a stale
    cached id makes Wagtail find no form pages (its admin then turns a superuser away).
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache, caches
    from wagtail.contrib.forms.utils import get_form_types

    cache.clear()
    caches["fragments"].clear()
    yield
    cache.clear()
    caches["fragments"].clear()
    ContentType.objects.clear_cache()
    get_form_types.cache_clear()


@pytest.fixture(scope="session", autouse=True)
def end_stray_database_sessions(django_db_setup, django_db_blocker):
    """At the end of a run on PostgreSQL, end the sessions that server threads or killed worker processes left, so
    that the test database can be dropped."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
