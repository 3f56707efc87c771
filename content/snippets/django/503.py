# run: python 503.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def report(request, year):
    maintenance = True
    if maintenance:
        return JsonResponse({"title": "Down for maintenance"}, status=503, headers={"Retry-After": "600"})
    return JsonResponse({"year": year})


urlpatterns = [path("api/reports/<int:year>", report)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
