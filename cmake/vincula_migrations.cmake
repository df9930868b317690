# vincula_embed_migrations(<target> <backend>)
#
# Embeds migrations/<backend>/NNNN_*.sql, in version order, in <target> as
# vincula::storage::<backend>::embedded_migrations(). The build reruns when a
# migration is added or changed.
function(vincula_embed_migrations target backend)
  file(GLOB migration_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/migrations/${backend}/*.sql)
  list(SORT migration_files)
  set(VINCULA_BACKEND ${backend})
  set(VINCULA_MIGRATIONS "")
  foreach(file ${migration_files})
    get_filename_component(name ${file} NAME)
    string(REGEX MATCH "^[0-9]+" version ${name})
    # As a C++ literal: 0008 would be an (invalid) octal number, 0010 eight.
    string(REGEX REPLACE "^0+([0-9])" "\\1" version ${version})
    file(READ ${file} sql)
    string(APPEND VINCULA_MIGRATIONS
      "        schema::Migration{${version}, \"${name}\", R\"vincula_sql(${sql})vincula_sql\"},\n")
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${file})
  endforeach()
  set(generated ${CMAKE_CURRENT_BINARY_DIR}/embedded_migrations.cpp)
  configure_file(${PROJECT_SOURCE_DIR}/cmake/embedded_migrations.cpp.in ${generated} @ONLY)
  target_sources(${target} PRIVATE ${generated})
endfunction()
