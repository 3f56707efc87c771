# run: python 415.py
import json
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def create_order(request):
    if request.content_type != "application/json":
        return JsonResponse({"title": "Send JSON"}, status=415, headers={"Accept": "application/json"})
    return JsonResponse(json.loads(request.body), status=201)


urlpatterns = [path("v1/orders", create_order)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
