// The target that builds a precompiled header once for the tests of one kind (tests/CMakeLists.txt).
int main() { return 0; }
