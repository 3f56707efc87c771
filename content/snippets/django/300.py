# run: python 300.py
import sys

from django.conf import settings
from django.core.management import execute_from_command_line
from django.http import HttpResponse
from django.urls import path

settings.configure(ROOT_URLCONF=__name__, ALLOWED_HOSTS=["*"])


def report(request):
    links = '</reports/annual-2024.pdf>; rel="alternate", </reports/annual-2024.csv>; rel="alternate"'
    html = '<a href="/reports/annual-2024.pdf">PDF</a> <a href="/reports/annual-2024.csv">CSV</a>'
    headers = {"Location": "/reports/annual-2024.pdf", "Link": links}
    return HttpResponse(html, status=300, headers=headers)


urlpatterns = [path("reports/annual-2024", report)]

execute_from_command_line([sys.argv[0], "runserver", "127.0.0.1:8000", "--noreload"])
