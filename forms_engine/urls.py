from django.urls import path

from forms_engine import views

app_name = "forms_engine"

urlpatterns = [
    path("tila/<str:token>/", views.status, name="status"),
    path("tilaukset/uusi/<int:page_id>/", views.subscribe, name="subscribe"),
    path("tilaukset/<str:token>/", views.subscription, name="subscription"),
]
