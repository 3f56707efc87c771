# run: python 409.py
import json
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def create_user(request):
    taken = {"ada@example.com"}
    if json.loads(request.body)["email"] in taken:
        return JsonResponse({"title": "That email address is already registered"}, status=409)
    return JsonResponse({}, status=201)


urlpatterns = [path("users", create_user)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
