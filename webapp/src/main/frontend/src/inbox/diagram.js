// Placeholder entry point; filled in by its feature.
