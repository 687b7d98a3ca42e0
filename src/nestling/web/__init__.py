"""HTML pages: thin views that call services and render templates."""
