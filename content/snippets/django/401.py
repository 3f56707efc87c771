# run: python 401.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def invoices(request):
    if request.headers.get("Authorization") != "Bearer valid-token":
        challenge = 'Bearer realm="api", error="invalid_token"'
        body = {"title": "The access token is missing or expired"}
        return JsonResponse(body, status=401, headers={"WWW-Authenticate": challenge})
    return JsonResponse({"invoices": []})


urlpatterns = [path("v1/invoices", invoices)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
