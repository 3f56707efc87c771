# run: python 204.py
import uvicorn
from fastapi import Body, FastAPI, Response, status

app = FastAPI()


@app.put("/api/notes/{note_id}", status_code=status.HTTP_204_NO_CONTENT)
def save_note(note_id: int, response: Response, note: dict = Body()) -> None:
    # save the note; there is nothing to send back
    response.headers["ETag"] = f'"n{note_id}-v7"'


uvicorn.run(app, host="127.0.0.1", port=8000)
