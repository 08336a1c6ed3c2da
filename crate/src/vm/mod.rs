//! The stackless VM: values, heap, goroutines, scheduler.
