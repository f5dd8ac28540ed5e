"""What each language decides: words, numbers, plurals, reply templates, examples."""
