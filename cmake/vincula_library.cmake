# vincula_library(NAME <target> DEPENDS <targets...>)
#
# Folder = CMake target = namespace: every .cpp in the calling folder except
# *_test.cpp forms the library; the *_test.cpp siblings form <target>_tests,
# registered with CTest.
function(vincula_library)
  cmake_parse_arguments(ARG "" "NAME" "DEPENDS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*.cpp)
  file(GLOB tests CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/*_test.cpp)
  if(tests)
    list(REMOVE_ITEM sources ${tests})
  endif()
  add_library(${ARG_NAME} STATIC ${sources})
  target_include_directories(${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${ARG_NAME} PUBLIC ${ARG_DEPENDS} vincula_warnings)
  if(VINCULA_TESTS AND tests)
    add_executable(${ARG_NAME}_tests ${tests})
    target_link_libraries(${ARG_NAME}_tests PRIVATE ${ARG_NAME} GTest::gtest GTest::gtest_main GTest::gmock)
    gtest_discover_tests(${ARG_NAME}_tests DISCOVERY_MODE PRE_TEST
      PROPERTIES ENVIRONMENT "VINCULA_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
  endif()
endfunction()

# vincula_precompile(<target> <header>...)
#
# Parses the target's heaviest headers once per target instead of once per
# file (RESTinio, CLI11, nlohmann-json and the domain's record types take
# 2–8 s each to parse, and most files include one of them). Project headers
# are named from src/ ("domain/database.h"), others in angle brackets. The
# target's unit tests get the same headers and GoogleTest. A header listed
# here must be one the target may include: scripts/check-layers reads the
# sources, not this list.
#
# On by default for the sanitizer build that `make test` compiles, where it
# saves the most; off for the optimised builds: at -O3 GCC 12 then reports
# impossible sizes inside std::string's memcpy (-Warray-bounds,
# -Wstringop-overflow) in files whose own code is unchanged.
option(VINCULA_PRECOMPILED_HEADERS "Precompile each target's heaviest headers" ${VINCULA_SANITIZE})
function(vincula_precompile target)
  if(NOT VINCULA_PRECOMPILED_HEADERS)
    return()
  endif()
  set(headers "")
  foreach(header ${ARGN})
    if(header MATCHES "^<")
      list(APPEND headers "${header}")
    else()
      list(APPEND headers "${PROJECT_SOURCE_DIR}/src/${header}")
    endif()
  endforeach()
  target_precompile_headers(${target} PRIVATE ${headers})
  if(TARGET ${target}_tests)
    target_precompile_headers(${target}_tests PRIVATE ${headers} <gtest/gtest.h>)
  endif()
endfunction()
