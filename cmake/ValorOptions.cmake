# The one place that sets the language standard, warnings and Qt strictness.
# Every target links valor_options; nothing uses global add_definitions/include_directories.
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_EXPORT_COMPILE_COMMANDS ON)

find_program(VALOR_CCACHE ccache)
if(VALOR_CCACHE)
  # Paths relative to the source tree and no working directory in the hash: a fresh clone
  # elsewhere (as CI makes) reuses what an earlier clone compiled.
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CMAKE_COMMAND}" -E env "CCACHE_BASEDIR=${CMAKE_SOURCE_DIR}"
      CCACHE_NOHASHDIR=true "${VALOR_CCACHE}")
endif()

add_library(valor_options INTERFACE)
target_compile_features(valor_options INTERFACE cxx_std_20)
if(MSVC)
  target_compile_options(valor_options INTERFACE /W4 /permissive- /utf-8 $<$<BOOL:${VALOR_WERROR}>:/WX>)
else()
  target_compile_options(valor_options INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow
    # No fused multiply-add: seeded simulations give the same bits on every platform.
    -ffp-contract=off
    $<$<BOOL:${VALOR_WERROR}>:-Werror>)
endif()
# Qt strictness: no implicit const char* -> QString, no narrowing in connect().
target_compile_definitions(valor_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_NO_URL_CAST_FROM_STRING)

if(VALOR_FUZZ)
  # Every line libFuzzer reaches is instrumented for coverage and checked by the sanitizers.
  target_compile_options(valor_options INTERFACE -fsanitize=fuzzer-no-link,address,undefined
                                                 -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(valor_options INTERFACE -fsanitize=address,undefined)
endif()
if(VALOR_SANITIZE)
  target_compile_options(valor_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
  target_link_options(valor_options INTERFACE -fsanitize=address,undefined)
endif()
