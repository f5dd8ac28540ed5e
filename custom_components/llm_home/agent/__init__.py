"""From the words to calls: the reading, the shortlist, the grammar, the prompt, the request pipeline."""
