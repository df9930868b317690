#include "common/messages.h"

#include <array>
#include <utility>

namespace vincula::common {
namespace {

struct Entry {
    std::string_view rule;
    std::string_view text;
};

// Sentences start in lower case where they follow "campo: ", as in
// `sessions[2].date: "2021-02-30" no es una fecha válida (AAAA-MM-DD).`
constexpr std::array CATALOGUE = {
    // The file as a whole.
    Entry{"archivo_no_encontrado", "No se encontró el archivo \"{0}\"."},
    Entry{"archivo_ilegible", "No se pudo leer el archivo \"{0}\"."},
    Entry{"archivo_vacio", "El archivo está vacío: no contiene ningún dato JSON."},
    Entry{"gzip_ilegible",
          "El archivo comprimido (gzip) está dañado o incompleto; vuelva a comprimirlo."},
    Entry{"archivo_demasiado_grande",
          "El archivo mide {0}; el máximo que se puede importar es {1}. Divida el paquete en "
          "varios archivos."},
    Entry{"utf8_valido",
          "El archivo no está codificado en UTF-8: hay un byte inválido en la línea {0}, "
          "columna {1}. Guárdelo como UTF-8 e inténtelo de nuevo."},
    Entry{"json_valido", "El archivo no es JSON válido: {0}"},
    Entry{"clave_json_unica", "la clave \"{0}\" aparece más de una vez en el mismo objeto."},
    Entry{"json_profundidad",
          "el JSON anida aquí más de {0} niveles de objetos y listas; ningún dato de Vincula "
          "anida tanto."},
    Entry{"numero_representable",
          "El JSON contiene un número demasiado grande para representarlo (más de 1e308)."},
    Entry{"formato_paquete", "se esperaba \"vincula-bundle\" y se encontró \"{0}\"."},
    Entry{"version_paquete",
          "la versión {0} no es compatible; esta versión de Vincula lee la {1}."},
    Entry{"arreglo_conocido",
          "\"{0}\" no es un arreglo conocido del paquete; revise la ortografía (los válidos son: "
          "{1})."},
    // Shapes and types.
    Entry{"tipo_objeto", "se esperaba un objeto ({…}) y se encontró {0}."},
    Entry{"tipo_lista", "se esperaba una lista ([…]) y se encontró {0}."},
    Entry{"tipo_texto", "se esperaba un texto entre comillas y se encontró {0}."},
    Entry{"tipo_entero", "se esperaba un número entero y se encontró {0}."},
    Entry{"tipo_numero", "se esperaba un número y se encontró {0}."},
    Entry{"tipo_booleano", "se esperaba true o false y se encontró {0}."},
    Entry{"campo_conocido",
          "\"{0}\" no es un campo conocido; revise la ortografía (los válidos son: {1})."},
    Entry{"obligatorio", "el campo es obligatorio."},
    Entry{"texto_no_vacio", "no puede quedar vacío."},
    Entry{"texto_largo", "tiene {0} caracteres; el máximo es {1}."},
    Entry{"fecha_valida", "\"{0}\" no es una fecha válida (AAAA-MM-DD)."},
    Entry{"hora_valida", "\"{0}\" no es una hora válida (HH:MM, de 00:00 a 23:59)."},
    Entry{"valor_permitido", "\"{0}\" no es un valor permitido; use uno de: {1}."},
    Entry{"rango_numero", "{0} está fuera del intervalo permitido (de {1} a {2})."},
    Entry{"clave_valida",
          "\"{0}\" no es una clave válida: use letras sin acentos, dígitos y los signos - _ . o "
          "/ entre ellos, sin espacios, empezando por letra o dígito y con {1} caracteres como "
          "máximo."},
    Entry{"correo_valido", "\"{0}\" no es una dirección de correo electrónico válida."},
    // Relations between records.
    Entry{"clave_unica", "\"{0}\" ya se usó como clave en {1}."},
    Entry{"clave_existente", "\"{0}\" ya existe en la base de datos."},
    Entry{"clave_existente_sin_historia",
          "\"{0}\" ya existe en la base de datos; para registrar un cambio con fecha, envíe el "
          "registro tal como está guardado con el cambio agregado a su \"history\"."},
    Entry{"referencia_existente", "\"{0}\" no existe en {1}."},
    Entry{"rango_fechas", "la fecha final ({0}) es anterior a la inicial ({1})."},
    Entry{"suplencia_misma_comision",
          "una suplencia cubre otro lugar de la misma comisión; \"{0}\" {1}."},
    Entry{"apellidos_del_nombre",
          "los apellidos \"{0}\" deben ser el final del nombre \"{1}\", escritos igual."},
    Entry{"persona_u_organizacion",
          "cada integración corresponde a una persona o a una organización: indique una de las "
          "dos; ambas solo en una representación de partido (la organización es el partido y la "
          "persona, quien lo representa)."},
    Entry{
        "participante_un_tipo",
        "cada participante es una persona, una organización o un texto: indique exactamente uno."},
    Entry{"numero_sesion_unico", "la {0} de {1} de {2} ya está registrada como \"{3}\"."},
    Entry{"orden_unico", "el punto {0} ya existe en el orden del día de la sesión \"{1}\"."},
    Entry{"sesion_en_su_anio", "la fecha {0} no corresponde al año {1} de la sesión."},
    Entry{"codigo_acuerdo",
          "\"{0}\" no es un código de acuerdo válido: se espera un prefijo en mayúsculas, el "
          "número, «/» o «-» y el año en dos o cuatro cifras, por ejemplo CVOE/036/21, "
          "OPLEV/CG001/2023 o IECM/ACU-CG-075-2020."},
    Entry{"acuerdo_comision",
          "el código \"{0}\" no es de la serie de {2} en la fecha de la sesión: se esperaba "
          "\"{1}\"."},
    Entry{"formato_codigo_acuerdo",
          "\"{0}\" no es un formato de código de acuerdo válido: se espera texto en mayúsculas "
          "o {siglas}, luego {numero} (o {numero:3} para tres cifras al menos), «/» o «-» y al "
          "final {año} (o {año:2}), por ejemplo {siglas}/{numero:3}/{año:2} u "
          "OPLEV/CG{numero:3}/{año}."},
    Entry{"acuerdo_anio", "el código \"{0}\" es del año {1}, pero la sesión se celebró en {2}."},
    Entry{"acuerdo_unico", "el acuerdo {0} ya está registrado."},
    Entry{
        "acuerdo_en_secuencia",
        "el acuerdo {0} ({1}) está fuera de secuencia: los acuerdos se numeran en el orden de las "
        "sesiones y el {2} es del {3}."},
    Entry{"accion_programada",
          "\"{0}\" no es una acción programada: se espera programa/línea/letra, por ejemplo "
          "pat-2021/4/A."},
    Entry{"linea_unica", "la línea {0} aparece más de una vez en el programa."},
    Entry{"letra_unica", "la acción {0} aparece más de una vez en la línea."},
    Entry{"letra_valida", "\"{0}\" no es una letra de acción válida (una letra mayúscula, A a Z)."},
    Entry{"asistente_esperado",
          "\"{0}\" no es una integración vigente de {1} el {2}, fecha de la sesión."},
    Entry{"sesion_existente", "no hay ninguna sesión con la clave \"{0}\"."},
    Entry{"minuta_de_cancelada",
          "la sesión \"{0}\" se canceló: una sesión cancelada no tiene minuta (sí convocatoria y "
          "orden del día)."},
    Entry{"documento_de_sesion", "\"{0}\" no es un documento de sesión; use uno de: {1}."},
    // The follow-up of agreements.
    Entry{"area_responsable", "indique al menos un área responsable del cumplimiento."},
    Entry{"cumplimiento_con_fecha", "un acuerdo cumplido debe decir la fecha en que se cumplió."},
    Entry{"cumplimiento_con_evidencia",
          "un acuerdo cumplido debe describir la evidencia del cumplimiento."},
    Entry{"fecha_sin_cumplimiento",
          "la fecha de cumplimiento sólo se registra cuando el estado es «cumplido»."},
    Entry{"observacion_antes_de_sesion",
          "la observación tiene fecha {0}, anterior a la sesión ({1}): se observa la minuta de "
          "una sesión ya celebrada."},
    Entry{"observacion_ajena",
          "una observación registrada ya no se modifica ni se elimina desde la consejería; "
          "pida a la Unidad que la corrija."},
    Entry{"antes_del_acuerdo", "{0} es anterior a la adopción del acuerdo {1} ({2})."},
    Entry{"voto_unico", "\"{0}\" ya figura en esta votación: cada integración vota una vez."},
    Entry{"integracion_con_voto",
          "\"{0}\" ocupa un lugar con voz pero sin voto en la comisión: solo votan los lugares "
          "con voz y voto."},
    Entry{"unanimidad_sin_nombres",
          "una votación por unanimidad no lleva listas de votos: todas las personas con voto "
          "presentes votaron a favor; quite la unanimidad o las listas."},
    Entry{"categoria_edades", "la edad mínima ({0}) es mayor que la máxima ({1})."},
    // Contest entries, jurors and scores.
    Entry{"inscripcion_no_abierta", "el registro abre el {0}; todavía no se reciben obras."},
    Entry{"inscripcion_cerrada",
          "el registro cerró el {0} a las {1} horas (hora de la Ciudad de México)."},
    Entry{"edad_categoria",
          "al cierre del registro ({1}) la edad será de {0} años, y las categorías admiten "
          "personas {2}."},
    Entry{"tutor_menor",
          "por ser menor de edad, falta el nombre de la madre, padre o persona tutora."},
    Entry{
        "consentimiento_tutor",
        "por ser menor de edad, hace falta el consentimiento de la madre, padre o persona tutora."},
    Entry{"entidad_residencia", "falta la entidad federativa de residencia."},
    Entry{"aviso_privacidad", "para registrarse hay que aceptar el aviso de privacidad."},
    Entry{"obra_archivo_o_enlace", "falta el archivo de la obra o el enlace donde se ve."},
    Entry{"enlace_web", "\"{0}\" no es un enlace web (debe empezar con https://)."},
    Entry{"archivo_obra_grande", "el archivo mide {0}; el máximo es {1}."},
    Entry{"archivo_obra_tipo",
          "el archivo no es un video MP4, MOV, WebM o AVI; se acepta uno de esos formatos o un "
          "enlace."},
    Entry{"solicitudes_por_hora",
          "desde esta red ya se enviaron {0} registros en la última hora; hay que esperar un "
          "rato para intentarlo de nuevo."},
    Entry{"enlace_confirmacion",
          "el enlace no es válido, ya se usó o pasaron más de 48 horas; hay que registrar la obra "
          "de nuevo."},
    Entry{"parte_fuera_de_orden",
          "una parte del archivo llegó fuera de orden; hay que elegir el archivo y enviarlo de "
          "nuevo."},
    Entry{"correo_concurso",
          "el registro en línea necesita el correo del instituto, que este servidor no tiene "
          "configurado; hay que escribir al personal del concurso."},
    Entry{"almacen_concurso_lleno",
          "por ahora el concurso no puede recibir más archivos; se puede enviar el enlace donde se "
          "ve la obra."},
    Entry{"calificacion_ajena", "solo puede registrar sus propias calificaciones, no las de {0}."},
    Entry{"obra_otro_concurso", "la obra {0} no participa en el concurso de {1}."},
    Entry{"obra_no_validada", "la obra {0} todavía no está validada: no se puede calificar."},
    Entry{"obra_no_asignada", "la obra {0} no está asignada a {1}."},
    Entry{"criterio_rubrica", "\"{0}\" no es un criterio de la rúbrica del concurso."},
    Entry{"calificacion_unica", "ya hay una calificación de este jurado para «{0}» en esta obra."},
    Entry{"motivo_rechazo", "para rechazar un registro, escriba el motivo."},
    Entry{"vigentes_no_mas_que_suscritos",
          "los instrumentos vigentes ({0}) no pueden ser más que los suscritos ({1})."},
    Entry{"vigentes_y_concluidos_suman_suscritos",
          "los vigentes ({0}) y los concluidos ({1}) suman {2}, pero los suscritos son {3}: "
          "cada instrumento suscrito está vigente o concluido, así que deben sumar lo mismo."},
    Entry{"desglose_suma",
          "el desglose {0} suma {1} ({2}), pero los instrumentos suscritos son {3}: un desglose "
          "reparte los instrumentos suscritos y debe sumar lo mismo."},
    Entry{"desglose_repetido",
          "\"{0}\" ya figura en {1}: en un desglose cada sector o tipo va en un solo renglón, con "
          "su cantidad."},
    Entry{"periodo_valido", "el periodo termina ({0}) antes de empezar ({1})."},
    // Approving and withdrawing a report.
    Entry{"motivo_aprobacion",
          "la revisión del periodo tiene {0}: escriba por qué se aprueba el informe así, o "
          "corríjalos antes de aprobarlo."},
    Entry{"accion_no_evidente",
          "elija la acción del programa anual de trabajo a la que corresponde el avance: el "
          "programa del año de la sesión no tiene una sola acción de seguimiento de convenios."},
    Entry{"celebrada_futura",
          "la sesión está marcada como celebrada pero su fecha ({0}) aún no llega: márquela como "
          "programada o corrija la fecha."},
    Entry{"informe_no_armado",
          "no se pudo armar el informe: un registro guardado tiene un valor que hoy no se admite "
          "({0}). La revisión de consistencia lo señala; corríjalo y vuelva a intentarlo."},
    Entry{"token_inexistente",
          "no hay un token número {0} que pueda revocar (véase la lista de tokens)."},
    Entry{"version_distinta",
          "el registro {1} de {0} cambió desde que se leyó: vuelva a leerlo y aplique su cambio "
          "sobre la versión actual."},
    Entry{"cambio_simultaneo",
          "Mientras editaba, {0} guardó cambios en este registro{1}. No se guardó nada: el "
          "formulario conserva lo que usted escribió; revíselo contra la versión actual y, si "
          "guarda de nuevo, sus valores reemplazarán los de esa persona."},
    Entry{"base_ocupada",
          "La base de datos está ocupada por otra tarea; no se guardó nada. Intente de nuevo en "
          "unos segundos."},
    Entry{"motivo_retiro", "escriba por qué se retira la publicación del informe."},
    Entry{"sin_publicacion",
          "el informe de ese periodo no está publicado: no hay nada que retirar."},
    Entry{"version_desconocida", "el informe de ese periodo no tiene una versión {0} aprobada."},
    Entry{"informe_no_generado",
          "no se pudo preparar el archivo {0} del informe; no se aprobó nada. {1}"},
    // The files of the record.
    Entry{"arreglo_con_archivos",
          "\"{0}\" no guarda archivos; los registros que los guardan son: {1}."},
    Entry{"nombre_de_archivo",
          "el nombre del archivo debe tener de 1 a {0} bytes, sin carpetas (/ o \\), comillas "
          "ni caracteres de control."},
    Entry{"tipo_de_archivo",
          "«{0}» no es de un tipo que el expediente guarde; los tipos permitidos son: {1}."},
    Entry{"archivo_sin_contenido", "el archivo está vacío."},
    Entry{"archivo_excede", "el archivo excede el máximo de {0} por archivo."},
    Entry{"contenido_segun_tipo",
          "el contenido no corresponde a un archivo {0}; revise que sea el archivo correcto o "
          "que su nombre termine en la extensión de su tipo."},
    Entry{"registro_con_archivos",
          "{0}/{1} guarda {2} en su expediente, que no se borran: el registro se conserva."},
    Entry{"archivo_inexistente", "No existe el archivo {0} en el expediente."},
    Entry{"minuta_sin_aprobacion",
          "la minuta de la sesión «{0}» aún no tiene un acuerdo que la apruebe: registre el "
          "acuerdo de "
          "aprobación (tipo «Minuta») en la sesión que la aprobó."},
    Entry{"minuta_no_publicada",
          "la minuta de la sesión «{0}» no está publicada: se publica cuando la Comisión la "
          "aprueba."},
    Entry{"trimestre_valido", "\"{0}\" no es un trimestre válido (AAAA-T1 a AAAA-T4, o AAAA-Q1)."},
    // Storage.
    // The API and the web interface.
    Entry{"sesion_requerida", "Inicie sesión para consultar o modificar esta información."},
    Entry{"permiso_denegado", "Su perfil no permite esta operación."},
    Entry{"recurso_inexistente", "No existe el recurso \"{0}\"."},
    Entry{"registro_inexistente", "No existe un registro de {0} con la clave \"{1}\"."},
    Entry{"limite_valido", "\"{0}\" no es un límite válido: use un número de 1 a {1}."},
    Entry{"cursor_valido",
          "\"{0}\" no es un cursor de esta lista: use el valor «siguiente» de la página anterior."},
    Entry{"orden_desconocido",
          "No se puede ordenar por \"{0}\": no es un campo simple del recurso."},
    Entry{"filtro_desconocido", "No se puede filtrar por \"{0}\": no es un campo simple de {1}."},
    Entry{"seguimiento_ajeno",
          "su área no responde del acuerdo {0}, o el cambio toca lo que se ordenó, a quién o "
          "para cuándo: eso lo registra la Unidad; su área registra el estado, la fecha y la "
          "evidencia del cumplimiento."},
    Entry{"convenio_ajeno",
          "El convenio \"{0}\" no lo opera su área: solo puede registrar avances de los suyos."},
    Entry{"registro_referido",
          "No se puede eliminar {0} \"{1}\": lo citan otros registros ({2}). Elimine o cambie "
          "primero esas referencias."},
    Entry{"linea_referida",
          "No se puede quitar la línea \"{0}\" del programa: la citan otros registros ({1}). "
          "Cambie primero esas referencias a otra línea o acción."},
    Entry{"accion_referida",
          "No se puede quitar la acción \"{0}\" del programa: la citan otros registros ({1}). "
          "Cambie primero esas referencias a otra acción."},
    Entry{"clave_inmutable",
          "El campo \"{0}\" identifica al registro y no se puede cambiar; cree uno nuevo."},
    Entry{"cuerpo_json",
          "El cuerpo de la solicitud no es JSON válido (error cerca del carácter {0})."},
    Entry{"cuerpo_tipo_json",
          "Una escritura con la sesión del navegador debe enviarse como JSON (Content-Type: "
          "application/json)."},
    Entry{"origen_ajeno",
          "La solicitud viene de otro sitio; con la sesión de Vincula solo se escribe desde "
          "Vincula."},
    Entry{"cuerpo_demasiado_grande", "La solicitud excede el tamaño máximo de {0}."},
    Entry{"consulta_valida", "La consulta de la dirección no se pudo leer (revise los «%»)."},
    Entry{"metodo_permitido", "Esta dirección existe, pero no admite ese método."},
    Entry{"ruta_inexistente", "No existe esa dirección en la API (consulte /api/v1/openapi.json)."},
    Entry{"base_no_disponible",
          "La base de datos no está disponible en este momento; intente de nuevo en unos minutos."},
    Entry{"error_interno",
          "Ocurrió un error interno; la operación no se completó. Intente de nuevo o avise al "
          "administrador."},
    Entry{"escucha_posible", "No se pudo escuchar en {0}: {1}"},
    // Accounts.
    Entry{"credenciales_invalidas", "El correo o la contraseña no son correctos."},
    Entry{"demasiados_intentos",
          "Demasiados intentos fallidos de inicio de sesión desde esta dirección; espere {0} e "
          "intente de nuevo."},
    Entry{"contrasena_corta", "la contraseña debe tener al menos {0} caracteres."},
    Entry{"email_en_uso", "Ya hay un usuario con el correo \"{0}\"."},
    Entry{"usuario_inexistente", "No hay ningún usuario con el correo \"{0}\"."},
    Entry{"usuario_numero_inexistente", "No hay ningún usuario con el número {0}."},
    Entry{"enlace_acceso_invalido",
          "El enlace para elegir la contraseña no es válido, ya se usó o venció; pida a la "
          "administración uno nuevo."},
    Entry{"administrador_propio",
          "nadie se quita a sí mismo la administración ni desactiva su propia cuenta; pídalo a "
          "otra persona que administre."},
    Entry{"contrasenas_distintas",
          "las dos contraseñas no coinciden; escríbala igual en ambos campos."},
    Entry{"base_de_datos", "No se pudo abrir la base de datos \"{0}\": {1}"},
    Entry{
        "base_no_inicializada",
        "La base de datos \"{0}\" no está inicializada; ejecute primero «vincula init --db {0}»."},
    Entry{"esquema_mas_nuevo",
          "La base de datos tiene el esquema {0}, más nuevo que el que conoce este programa ({1}); "
          "actualice Vincula."},
    // Networks and mailings.
    Entry{"smtp_no_configurado",
          "El envío de correo no está configurado: inicie el servidor con --smtp y --smtp-from."},
    Entry{"smtp_valor_invalido",
          "La dirección o el asunto del mensaje para {0} contiene saltos de línea; corríjalos."},
    Entry{"smtp_conexion",
          "No se pudo conectar con el servidor de correo {0}: rechazó la conexión o no está en "
          "marcha."},
    Entry{"smtp_servidor_desconocido", "No se encontró el servidor de correo {0} (revise --smtp)."},
    Entry{"smtp_tiempo_agotado", "El servidor de correo {0} no respondió en {1} segundos."},
    Entry{"smtp_credenciales", "El servidor de correo {0} rechazó el usuario o la contraseña: {1}"},
    Entry{"smtp_remitente_rechazado", "El servidor de correo rechazó al remitente {0}: {1}"},
    Entry{"smtp_destinatario_rechazado", "El servidor de correo rechazó al destinatario {0}: {1}"},
    Entry{"smtp_mensaje_rechazado", "El servidor de correo no aceptó el mensaje para {0}: {1}"},
    Entry{"smtp_fallo", "No se pudo enviar el mensaje a {0} por {1}: {2}"},
    Entry{"red_sin_destinatarios",
          "la red «{0}» no tiene contactos a quienes enviar (sin contactos, o todos se dieron de "
          "baja)."},
    Entry{"envio_inexistente", "No existe el envío número {0}."},
    Entry{"envio_en_curso", "El envío ya se está enviando o no le quedan mensajes pendientes."},
    Entry{"archivo_sin_contactos",
          "el archivo no tiene contactos: la primera fila lleva los nombres de las columnas "
          "(nombre, correo, país) y cada fila siguiente, un contacto."},
    Entry{"columna_contactos",
          "falta la columna «{0}»: la primera fila debe nombrar las columnas nombre, correo y, "
          "si se quiere, país."},
    Entry{"pais_valido",
          "\"{0}\" no es un código de país ISO 3166 de dos letras (por ejemplo MX, US o ES)."},
    Entry{"contacto_repetido", "el correo {0} ya aparece en la fila {1} de este archivo."},
    Entry{"hoja_ilegible",
          "No se pudo leer el archivo como {0}: {1}. Guárdelo como CSV (UTF-8) o como libro de "
          "Excel (.xlsx)."},
    Entry{"enlace_baja_invalido",
          "El enlace para darse de baja no es válido: está incompleto o fue modificado. Copie "
          "el enlace completo del mensaje que recibió."},
};

}  // namespace

bool has_message(std::string_view rule) {
    for (const auto& entry : CATALOGUE) {
        if (entry.rule == rule) {
            return true;
        }
    }
    return false;
}

std::string fill_placeholders(std::string_view text,
                              std::initializer_list<std::string_view> arguments) {
    std::string out;
    out.reserve(text.size() + 32);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '{' && i + 2 < text.size() && text[i + 2] == '}' && text[i + 1] >= '0' &&
            text[i + 1] <= '9') {
            auto index = static_cast<std::size_t>(text[i + 1] - '0');
            if (index < arguments.size()) {
                out += *(arguments.begin() + index);
            }
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

std::string message(std::string_view rule, std::initializer_list<std::string_view> arguments) {
    std::string_view text = rule;
    for (const auto& entry : CATALOGUE) {
        if (entry.rule == rule) {
            text = entry.text;
            break;
        }
    }
    return fill_placeholders(text, arguments);
}

FieldError field_error(std::string field, std::string_view rule,
                       std::initializer_list<std::string_view> arguments) {
    return FieldError{std::move(field), std::string(rule), message(rule, arguments)};
}

}  // namespace vincula::common
