# run: python 400.py
import json
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponseBadRequest, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def place_order(request):
    try:
        order = json.loads(request.body)
    except ValueError:
        return HttpResponseBadRequest("The body is not valid JSON")
    return JsonResponse(order, status=201)


urlpatterns = [path("orders", place_order)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
