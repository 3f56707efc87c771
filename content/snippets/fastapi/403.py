# run: python 403.py
import uvicorn
from fastapi import FastAPI, HTTPException, status

app = FastAPI()


@app.delete("/projects/{project_id}")
def delete_project(project_id: int):
    # the token is valid, but this user is not an owner of the project
    raise HTTPException(status.HTTP_403_FORBIDDEN, "Only owners can delete a project")


uvicorn.run(app, host="127.0.0.1", port=8000)
