"""The form engine: model, loader, expressions and FormSession. Pure Python, no Qt."""
