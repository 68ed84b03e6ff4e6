"""Production settings choose the search backend from the environment."""

import json
import subprocess
import sys

import pytest

from search.settings import search_backends

PRODUCTION_ENV = {
    "SECRET_KEY": "x" * 50,
    "ALLOWED_HOSTS": "osallistu.example.fi",
    "DATABASE_URL": "postgres://u@localhost/db",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "PATH": "/usr/bin:/bin",
}


def production_search_settings(**env):
    code = "import json, portal.settings.production as s; print(json.dumps(s.WAGTAILSEARCH_BACKENDS))"
    output = subprocess.run(
        [sys.executable, "-c", code], env={**PRODUCTION_ENV, **env}, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(output)


def test_production_uses_the_database_backend_without_elasticsearch_url():
    assert production_search_settings() == {"default": {"BACKEND": "search.backends"}}


def test_production_uses_wagtails_elasticsearch_backend_when_elasticsearch_url_is_set():
    backend = production_search_settings(ELASTICSEARCH_URL="https://es.example.fi:9200")["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.elasticsearch8"
    assert backend["URLS"] == ["https://es.example.fi:9200"]
    assert backend["INDEX_PREFIX"] == "osallistu_"


def test_other_elasticsearch_and_opensearch_versions_can_be_chosen():
    environ = {"ELASTICSEARCH_URL": "http://a:9200,http://b:9200", "ELASTICSEARCH_BACKEND": "opensearch2"}
    backend = search_backends(environ)["default"]
    assert backend["BACKEND"] == "wagtail.search.backends.opensearch2"
    assert backend["URLS"] == ["http://a:9200", "http://b:9200"]
    with pytest.raises(ValueError):
        search_backends({"ELASTICSEARCH_URL": "http://a", "ELASTICSEARCH_BACKEND": "solr"})


def test_the_default_settings_use_the_portals_database_backend(settings):
    assert settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] == "search.backends"
    assert "wagtail.contrib.search_promotions" in settings.INSTALLED_APPS


def test_the_elasticsearch_mapping_indexes_the_analysed_fields():
    pytest.importorskip("elasticsearch")
    from modelsearch.backends.elasticsearch8 import Elasticsearch8Mapping

    from participation.models import ChannelPage

    properties = Elasticsearch8Mapping(ChannelPage).get_mapping()["properties"]
    analysed = {name: value for name, value in properties.items() if "search_analysed" in name}
    assert len(analysed) == 2
    assert all(value["type"] == "text" for value in analysed.values())
