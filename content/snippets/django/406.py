# run: python 406.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def report(request, year):
    if not request.accepts("application/json"):
        return HttpResponse("Only JSON is available", status=406, headers={"Vary": "Accept"})
    return JsonResponse({"year": year}, headers={"Vary": "Accept"})


urlpatterns = [path("reports/<int:year>", report)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
