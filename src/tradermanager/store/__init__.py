"""SQLite storage: peewee models, opening and migrating the file, repositories."""

from tradermanager.store import bracket_models as _bracket_models
from tradermanager.store import candidate_models as _candidate_models
from tradermanager.store import finding_models as _finding_models
from tradermanager.store import live_models as _live_models
from tradermanager.store import models as _models
from tradermanager.store import review_models as _review_models

# Tables in their own model modules join the store's model list here, before anything opens a
# database (a package's __init__ runs before any of its modules is used).
for _model in (
    *_candidate_models.CANDIDATE_MODELS,
    *_review_models.REVIEW_MODELS,
    *_live_models.LIVE_MODELS,
    *_bracket_models.BRACKET_MODELS,
    *_finding_models.FINDING_MODELS,
):
    if _model not in _models.ALL_MODELS:
        _models.ALL_MODELS.append(_model)
