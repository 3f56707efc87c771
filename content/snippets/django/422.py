# run: python 422.py
import json
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def create_event(request):
    event = json.loads(request.body)  # well-formed JSON, but its dates disagree
    if event["ends"] < event["starts"]:
        return JsonResponse({"title": "ends is before starts"}, status=422)
    return JsonResponse(event, status=201)


urlpatterns = [path("v1/events", create_event)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
