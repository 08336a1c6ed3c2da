// Package madeferin() {}
