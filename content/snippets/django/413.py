# run: python 413.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse, JsonResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def upload_video(request):
    if int(request.headers["Content-Length"]) > 100 * 1024 * 1024:  # before reading
        return JsonResponse({"title": "Videos can be at most 100 MB"}, status=413)
    return HttpResponse(status=201)


urlpatterns = [path("v1/videos", upload_video)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
