# run: python 202.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def start_export(request):
    job = 77  # queued; a worker does the export later
    body = {"job": job, "status": "queued"}
    return JsonResponse(body, status=202, headers={"Location": f"/api/exports/jobs/{job}"})


urlpatterns = [path("api/exports", start_export)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
