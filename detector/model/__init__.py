"""The trained model: its sequence stage, its pipeline and its storage."""
