//! Type representation shared by the checker, the compiler and the VM.
