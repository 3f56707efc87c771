# run: python 429.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def search(request):
    used, limit = 100, 100  # requests this minute, from your rate limiter
    if used >= limit:
        return JsonResponse({"title": "Too many requests"}, status=429, headers={"Retry-After": "30"})
    return JsonResponse({"results": []})


urlpatterns = [path("v1/search", search)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
