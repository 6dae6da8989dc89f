/**
 * The Spanish translation: a `ContentPatch` of text fields only, merged over the English
 * content by id. It carries no levels, triage, red flags, id lists nor references but the
 * publishers it describes ("blog de fitness"), so it can reword a red flag but never
 * weaken one. Loaded only when a widget asks for `es`.
 *
 * Written for Spain and Latin America alike: "tú" throughout, no regionalisms, no
 * country's emergency number (the element fills in "the number of your area" or the
 * page's own). Every claim is as hedged as the English ("puede", "suele"...). Lists of
 * strings replace the English lists whole, so each has the same length and order.
 * `npm run locale:check es` compares this file with the English.
 */
import type { ContentPatch } from './types.js';

/** Muscles, as in `card/variations.ts`, in plain words. */
const chest = 'Pecho';
const shoulders = 'Hombros';
const triceps = 'Tríceps (la parte de atrás de los brazos)';
const upperBack = 'Trapecio y romboides (músculos de la parte alta de la espalda, entre los omóplatos y por encima de ellos)';
const core = 'Zona media (los músculos que rodean tu cintura), incluida la zona lumbar';

/** Repeated texts, worded once. */
const tickAll = 'Marca todas las opciones que correspondan.';
/** "None of these", agreeing with each question: "alguna de estas cosas / situaciones"... */
const noneOfThese = { id: 'none', label: 'Ninguna de estas' } as const;
/** ...and "alguno de estos síntomas" / "alguno de estos". */
const noneOfTheseSymptoms = { id: 'none', label: 'Ninguno de estos síntomas' } as const;
const noneOfTheseMasculine = { id: 'none', label: 'Ninguno de estos' } as const;
const painNotEffort = 'Al hacerlas sientes dolor, no el simple esfuerzo de los músculos';
const doctorSaidAvoid = 'Un médico te ha dicho que evites las flexiones';
const notYetDiscussed =
  'Tienes un problema o una lesión de espalda que aún no has consultado con un profesional de la salud';
const notMasteredRegular = 'Todavía no dominas las flexiones normales';
const backHurtsNow = 'Ahora te duele la espalda: deja el trabajo más duro para un día en que la notes fuerte';
const noSourceOnShoulders = 'Ninguna de las fuentes que usamos aquí califica su carga sobre los hombros.';
const perfectFormCaution =
  'Lo calificamos como moderado en lugar de bajo por precaución, porque solo la sugerimos a personas cuya técnica ya es perfecta.';
const lowerBackWorksHarder = 'Músculos lumbares, que trabajan más que en una flexión estándar';
const perfectFormOnly = 'Como mucho, personas cuya técnica en la flexión estándar ya es perfecta, cadera incluida';
/** `{urgent}` and `{emergency}` become "al 112" or "al número de emergencias de tu zona", so "llama {emergency}". */
const ifWorse = [
  'Si el dolor empeora antes de tu cita, pide una cita urgente con un médico o llama {urgent}.',
  'Llama {emergency} ahora si notas dolor u opresión en el pecho, dolor que se extiende a un brazo o a la mandíbula, un dolor repentino como un desgarro entre los omóplatos, falta de aire que no se calma al descansar, entumecimiento alrededor de los genitales, las nalgas o el ano, dificultad para orinar o pérdida del control de la orina o de las heces, o debilidad o entumecimiento en las dos piernas.',
] as const;
const stopUntilChecked = 'Deja las flexiones y cualquier otro ejercicio que te duela hasta que te vea un médico.';
const shouldersBeforeEachSet = 'Lleva los hombros hacia atrás y hacia abajo antes de cada serie.';
const trainUpperBack = 'Entrena la parte alta de la espalda, no solo el pecho.';

export const es: ContentPatch = {
  locale: 'es',

  strings: {
    sourcesHeading: 'Fuentes',
    sourceMarker: 'Fuente {number}: {title}',
    safetyNotice:
      'Información general, no consejo médico. Detente si te duele y, si el dolor continúa, consulta a un médico o a un fisioterapeuta.',
    invalidContent: 'El contenido que se ha dado a este widget no es válido, así que muestra su contenido predeterminado.',

    checklistHeading: 'Lista de verificación: técnica de las flexiones de brazos',
    checklistProgress: '{checked} de {total} puntos marcados',
    checklistComplete: 'Todos los puntos marcados. Buen trabajo, hecho con cuidado.',
    checklistReset: 'Desmarcar todo',
    checklistWhy: 'Por qué importa',
    checklistMistake: 'Error que evita:',
    checklistForVariation: 'Puntos clave: {variation}',
    checklistDo: 'Así sí',
    checklistAvoid: 'Así no',

    quizHeading: '¿Por qué me duele la espalda después de hacer flexiones?',
    quizIntro:
      'Una autoevaluación breve para personas de 16 años o más. Primero pregunta por señales de alarma y después por dónde y cuándo te duele. No es un diagnóstico y no sustituye a un médico ni a un fisioterapeuta.',
    quizProgress: 'Pregunta {current} de {total}',
    quizNext: 'Siguiente',
    quizBack: 'Atrás',
    quizSeeResult: 'Ver resultado',
    quizPickOne: 'Elige una respuesta para continuar.',
    quizPickAtLeastOne: 'Elige al menos una respuesta para continuar. Si no te pasa nada de esto, elige la última opción.',
    quizResultHeading: 'Tu resultado',
    quizEmergencyTitle: 'Busca ayuda de emergencia ahora',
    quizEmergencyCall: 'Llama {emergency} ahora o ve a un servicio de urgencias. No te pongas al volante.',
    quizUrgentTitle: 'Consulta a un médico hoy o mañana',
    quizUrgentCall: 'Si no consigues cita, llama {urgent}.',
    quizEmergencyLocal: 'al número de emergencias de tu zona',
    quizUrgentLocal: 'a la línea de consulta médica urgente de tu zona',
    quizCallNumber: 'al {number}',
    quizCallButton: 'Llamar al {number}',
    quizSoonTitle: 'Pide cita con un médico o un fisioterapeuta',
    quizSelfCareTitle: 'Qué puede estar pasando',
    quizWho: 'A quién acudir',
    quizWhen: 'Cuándo',
    quizMeanwhile: 'Mientras tanto',
    quizTell: 'Qué contarle',
    quizCauses: 'Cosas que pueden estar contribuyendo',
    quizWhatToTry: 'Qué probar',
    quizCuesToCheck: 'Puntos de técnica que revisar',
    quizEasierVariations: 'Variantes más fáciles para probar',
    quizMoreCauses: 'Otras cosas a las que apuntan tus respuestas',
    quizSummaryHeading: 'Tus respuestas, para mostrárselas a un médico o a un fisioterapeuta',
    quizSummaryDate: 'Fecha: {date}',
    quizSummaryAsked: 'Se preguntó por: {answers}',
    quizSummaryTicked: 'Marcado: {answers}',
    quizSummaryNone: 'nada',
    quizNotAdvice:
      'Esta autoevaluación da información general, no consejo médico ni un diagnóstico. Si te preocupa, o si el dolor es fuerte o no se va, consulta a un médico o a un fisioterapeuta.',
    quizRestart: 'Empezar de nuevo',
    quizPrint: 'Imprimir',
    quizForget: 'Olvidar mis respuestas',
    quizForgotten: 'Tus respuestas ya no se guardan en este dispositivo.',

    cardBackRisk: 'Riesgo para la espalda',
    cardShoulderRisk: 'Riesgo para los hombros',
    cardOwnRating: 'Nuestra valoración:',
    cardRiskLow: 'Bajo',
    cardRiskModerate: 'Moderado',
    cardRiskHigh: 'Alto',
    cardMuscles: 'Músculos que trabaja',
    cardSuits: 'Indicada para',
    cardSkipIf: 'Evítala si',
    cardKeyCues: 'Puntos clave',
    cardEasier: 'Más fácil: {name}',
    cardHarder: 'Más difícil: {name}',
    cardUnknown: 'No hay ninguna variante de flexión llamada "{id}". Variantes disponibles: {known}.',
    cardMissing: 'Elige una variante de flexión para mostrar. Variantes disponibles: {known}.',
    cardNeighbours: 'Versiones más fáciles y más difíciles',
    cardShowing: 'Ahora se muestra: {name}',
    cardFigurePause: 'Pausar la animación',
    cardFigureTop: 'Arriba',
    cardFigureBottom: 'Abajo',
  },

  // Titles stay as their sources give them (in English, marked `lang="en"` where shown);
  // only a publisher that is a description rather than a name is translated.
  references: [
    { id: 'truth-revealed', publisher: 'blog de fitness' },
    { id: 'upper-back-after', publisher: 'blog de fitness' },
  ],

  phases: [
    { id: 'setup', label: 'Posición inicial' },
    { id: 'lowering', label: 'Bajada' },
    { id: 'pressing', label: 'Subida' },
    { id: 'every-set', label: 'En cada serie' },
  ],

  cues: [
    // Setup
    {
      id: 'hands-slightly-wide',
      text: 'Coloca las manos un poco más separadas que el ancho de tus hombros.',
      why: 'Esta separación de las manos es uno de los consejos para hacer bien las flexiones, y una buena técnica reparte la carga entre los músculos que trabajas en lugar de acumular tensión en tu columna.',
      mistake: 'Apoyar las manos sin fijarte en lo separadas que están.',
    },
    {
      id: 'hands-under-shoulders',
      text: 'No pongas las manos demasiado adelantadas, hacia la cabeza.',
      why: 'Las manos demasiado adelantadas pueden causar problemas en la parte alta de la espalda. Colocarlas unos 20 cm por delante o por detrás de los hombros también hace que los músculos lumbares trabajen más.',
      mistake: 'Estirar las manos por delante de los hombros.',
      pictures: {
        do: 'Vista lateral, arriba de la flexión: manos en el suelo justo debajo de los hombros, brazos verticales.',
        avoid: 'Vista lateral, arriba de la flexión: manos muy adelantadas respecto a los hombros, hacia la cabeza.',
      },
    },
    {
      id: 'forward-hands',
      text: 'Coloca las manos a la anchura de los hombros, unos 20 cm por delante de ellos.',
      why: 'Esta colocación es lo que la convierte en una flexión con las manos adelantadas. Hace que los músculos lumbares trabajen más que en una flexión estándar, y con ella aumenta el dolor de espalda.',
      mistake:
        'Adelantar las manos todavía más, hacia la cabeza: las manos demasiado adelantadas también pueden causar problemas en la parte alta de la espalda.',
    },
    {
      id: 'backward-hands',
      text: 'Coloca las manos a la anchura de los hombros, unos 20 cm por detrás de ellos.',
      why: 'Esta colocación es lo que la convierte en una flexión con las manos atrasadas. Hace que los músculos lumbares trabajen más que en una flexión estándar, y con ella aumenta el dolor de espalda.',
      mistake: 'Dejar que las manos queden más separadas o más juntas que el ancho de los hombros.',
    },
    {
      id: 'shoulders-back-and-down',
      text: 'Antes de la primera repetición, lleva los hombros hacia atrás y hacia abajo.',
      why: 'Imagina que sujetas una pelota de tenis entre los omóplatos. Hacerlo primero ayuda a que no te duela la parte alta de la espalda después de las flexiones, y mejora tu técnica.',
      mistake: 'Empezar con los hombros redondeados o encorvados hacia adelante.',
    },
    {
      id: 'straight-line-head-to-heels',
      text: 'Mantén una línea recta de la cabeza a los talones.',
      why: 'Con el cuerpo recto, tu columna se mantiene en una posición neutra, sin hundirse ni arquearse.',
      mistake: 'Dejar que el cuerpo se doble por la cadera.',
      pictures: {
        do: 'Vista lateral, arriba de la flexión: cabeza, hombros, cadera y talones en una misma línea recta.',
        avoid: 'Vista lateral, arriba de la flexión: el cuerpo doblado por la cadera, con la cadera por encima de la línea recta de los hombros a los talones.',
      },
    },
    {
      id: 'brace-abs',
      text: 'Lleva el ombligo hacia la columna y aprieta los músculos del abdomen.',
      why: 'Activar tu zona media (los músculos que rodean tu cintura) ayuda a estabilizar la columna y a evitar que la zona lumbar se arquee demasiado.',
      mistake: 'Mantener la posición con el abdomen suelto y relajado.',
    },
    {
      id: 'squeeze-glutes',
      text: 'Aprieta los glúteos (los músculos de las nalgas).',
      why: 'Apretarlos a la vez que el abdomen ayuda a que trabajen los músculos adecuados y a evitar que la zona lumbar se arquee demasiado.',
      mistake: 'Dejar los glúteos flojos.',
    },
    {
      id: 'plank-forearms-under-shoulders',
      text: 'Apoya los antebrazos en el suelo, debajo de los hombros.',
      why: 'Así empieza una plancha sobre antebrazos, y una mala técnica es el motivo habitual de que la plancha cause una sensación de pinzamiento en la zona lumbar.',
      mistake: 'Empezar con los antebrazos desalineados respecto a los hombros.',
    },
    {
      id: 'plank-straight-line',
      text: 'Eleva el cuerpo hasta formar una línea recta de la cabeza a los pies.',
      why: 'La línea recta es la posición de plancha, y salirse de ella es un motivo frecuente de sensación de pinzamiento en la zona lumbar.',
      mistake: 'Inclinar la pelvis hacia adelante, de modo que la zona lumbar se arquee.',
    },
    {
      id: 'plank-hips-in-line',
      text: 'No dejes que la cadera suba ni se hunda.',
      why: 'Con la cadera subida, tu cuerpo forma una V invertida, y con la cadera caída cerca del suelo, la espalda se dobla. Las dos cosas pueden causar una sensación de pinzamiento en la zona lumbar.',
      mistake: 'Dejar que la cadera suba o baje a medida que te cansas.',
    },
    {
      id: 'plank-gaze-down',
      text: 'Mira hacia el suelo.',
      why: 'Mantener la mirada en el suelo forma parte de una buena técnica de plancha sobre antebrazos.',
      mistake: 'Levantar la cabeza para mirar al frente.',
    },
    {
      id: 'plank-engage-core',
      text: 'Mantén activa la zona media (los músculos que rodean tu cintura) mientras aguantas.',
      why: 'La plancha sobre antebrazos trabaja todos los músculos de la zona media a la vez, y una buena técnica consiste en mantenerlos activos durante todo el tiempo.',
      mistake: 'Aguantar la posición con la zona media relajada.',
    },

    // Lowering
    {
      id: 'lower-under-control',
      text: 'Baja despacio y con control.',
      why: 'Dejarte caer hacia el suelo puede hacer que trabajen más los músculos equivocados y puede causar problemas en la parte alta de la espalda.',
      mistake: 'Dejarte caer hacia el suelo en lugar de bajar.',
    },
    {
      id: 'deficit-control-depth',
      text: 'Haz el recorrido extra despacio y con control.',
      why: 'Bajar más de lo que permitiría el suelo hace que los músculos de la espalda trabajen más, y esa tensión extra puede aumentar el riesgo de lesión.',
      mistake: 'Dejarte caer hasta el fondo de una repetición profunda.',
    },
    {
      id: 'hips-level',
      text: 'Mantén la cadera alineada; no dejes que se hunda.',
      why: 'Una cadera hundida añade tensión a la columna, sobre todo a la zona lumbar.',
      mistake: 'Dejar que la cadera baje hacia el suelo mientras bajas.',
      pictures: {
        do: 'Vista lateral de una flexión: cadera nivelada, sobre la línea recta de los hombros a los tobillos.',
        avoid: 'Vista lateral de una flexión: cadera hundida hacia el suelo, por debajo de la línea de los hombros a los tobillos.',
      },
    },
    {
      id: 'weighted-hold-line',
      text: 'Mantén la cadera alineada bajo el peso.',
      why: 'El peso sobre la espalda ya le añade tensión, y una cadera hundida suma presión sobre la columna.',
      mistake: 'Dejar que la carga extra te hunda la cadera.',
    },
    {
      id: 'offset-hands-hip-form',
      text: 'Vigila la cadera con especial atención en cada repetición.',
      why: 'Con las manos por delante o por detrás de los hombros, los músculos lumbares trabajan más y el dolor de espalda aumenta, así que una buena posición de la cadera importa todavía más.',
      mistake: 'Concentrarte en las manos y olvidarte de la cadera.',
    },
    {
      id: 'no-lower-back-arch',
      text: 'No dejes que la zona lumbar se arquee demasiado.',
      why: 'Arquear demasiado la zona lumbar puede resultar molesto. Meter el ombligo y apretar el abdomen y los glúteos ayuda a evitarlo.',
      mistake: 'Arquear en exceso la zona lumbar.',
      pictures: {
        do: 'Vista lateral de una flexión: zona lumbar plana, el cuerpo en una sola línea recta.',
        avoid: 'Vista lateral de una flexión: zona lumbar demasiado arqueada, curvada hacia el suelo.',
      },
    },
    {
      id: 'elbows-tucked',
      text: 'Mantén los codos cerca del cuerpo al bajar.',
      why: 'Los codos cerca del cuerpo ayudan a trabajar el pecho, los hombros y los tríceps (la parte de atrás de los brazos). Llevar antes los hombros hacia atrás lo hace más fácil.',
      mistake: 'Dejar que los codos se abran mucho hacia los lados.',
    },

    // Pressing up
    {
      id: 'hold-line-to-top',
      text: 'Mantén el cuerpo firme y activo mientras vuelves a subir.',
      why: 'Al subir, el pecho hace buena parte del trabajo, mientras los músculos de la espalda mantienen la columna alineada.',
      mistake: 'Dejar que la cadera o la espalda se hundan al subir.',
    },

    // Every set
    {
      id: 'warm-up-first',
      text: 'Calienta antes de empezar.',
      why: 'El calentamiento lleva más sangre a los músculos antes del ejercicio, y calentar bien forma parte de hacer flexiones sin dolor de espalda.',
      mistake: 'Empezar en frío, sin calentar.',
    },
    {
      id: 'do-them-fresh',
      text: 'Haz las flexiones cuando tengas energía, no al final de un entrenamiento agotador.',
      why: 'Con cansancio, tu técnica empeora con más facilidad, e incluso pequeños errores de técnica pueden provocar dolor de espalda.',
      mistake: 'Añadir flexiones al final de una sesión, cuando ya no te queda energía.',
    },
    {
      id: 'reps-within-fitness',
      text: 'Haz solo tantas flexiones como te permita tu forma física actual.',
      why: 'Hacer más de lo que tu cuerpo está preparado para hacer puede contribuir al dolor de espalda.',
      mistake: 'Acumular repeticiones por encima de tu forma física actual.',
    },
    {
      id: 'rest-between-workouts',
      text: 'Descansa entre entrenamientos.',
      why: 'Dar a los músculos que trabajas tiempo para descansar y recuperarse ayuda a reducir el riesgo de dolor y de lesiones.',
      mistake: 'Volver a entrenar los mismos músculos antes de que se hayan recuperado.',
    },
    {
      id: 'master-regular-first',
      text: 'Domina las flexiones normales antes de probar esta versión.',
      why: 'La profundidad extra o el peso extra añaden tensión a la espalda; por eso estas versiones son para personas con una buena base de flexiones normales.',
      mistake: 'Pasar demasiado pronto a una versión más difícil.',
    },
    {
      id: 'diamond-shoulder-check',
      text: 'Deja de hacer flexiones diamante si te empiezan a doler los hombros.',
      why: 'Las flexiones diamante no siempre sientan bien a los hombros, y ningún ejercicio debería doler. Una lesión de hombro también puede trasladar tensión extra a la espalda.',
      mistake: 'Seguir con dolor de hombro en una variante más difícil.',
    },
    {
      id: 'plank-breathe-steadily',
      text: 'Respira de forma regular y constante mientras aguantas.',
      why: 'Respirar de forma constante forma parte de una buena técnica de plancha sobre antebrazos.',
      mistake: 'Aguantar la respiración.',
    },
    {
      id: 'plank-hold-and-repeat',
      text: 'Intenta aguantar unos 30 segundos; después baja al suelo y repite.',
      why: 'Unos 30 segundos es un objetivo orientativo. Mantener una buena técnica durante todo el tiempo ayuda a reducir el riesgo de dolor de espalda.',
      mistake: 'Seguir aguantando cuando la cadera ya ha empezado a subir o a hundirse.',
    },
    {
      id: 'stop-on-pain',
      text: 'Detente si lo que sientes es dolor, no el simple esfuerzo de los músculos al trabajar.',
      why: 'Es normal sentir algo de molestia en los músculos que trabajan, pero el ejercicio nunca debería doler. Si el dolor continúa, consulta a un profesional de la salud, como tu médico.',
      mistake: 'Aguantar el dolor como si fuera parte del entrenamiento.',
    },
    {
      id: 'progress-gradually',
      text: 'Empieza con flexiones de rodillas si lo necesitas, y avanza poco a poco.',
      why: 'Pasa a versiones más difíciles solo a medida que ganes fuerza.',
      mistake: 'Saltar a una variante más difícil antes de tiempo.',
    },
  ],

  variations: [
    {
      id: 'plank',
      name: 'Plancha sobre antebrazos',
      summary:
        'Una postura de bajo impacto: la línea recta del cuerpo de una flexión, mantenida sin moverte sobre los antebrazos. No es una flexión, pero entrena el cuerpo recto y firme que necesitan las flexiones.',
      backRisk: {
        reason:
          'Ninguna de las fuentes que usamos aquí califica su riesgo para la espalda. Lo calificamos como bajo porque es una postura estática, sin la bajada ni el empuje de una flexión, siempre que mantengas la línea recta del cuerpo que describen sus puntos clave.',
      },
      shoulderRisk: {
        reason: `${noSourceOnShoulders} Lo calificamos como bajo porque es una postura estática con los antebrazos debajo de los hombros.`,
      },
      muscles: [
        'Toda tu zona media (los músculos que rodean tu cintura) a la vez',
        'Músculos del abdomen, los de delante y los de los lados',
        'Músculos lumbares, a lo largo de la columna',
      ],
      suits: [
        'Personas que quieren practicar la línea del cuerpo recta y firme que necesitan las flexiones',
        'Personas que quieren trabajar toda la zona media a la vez',
      ],
      skipIf: [
        'Mientras la aguantas sientes dolor, no el simple esfuerzo de los músculos',
        'Sigues notando un pinzamiento en la zona lumbar después de corregir la técnica: el pinzamiento suele venir de que la cadera sube o se hunde, o de que la espalda se arquea',
      ],
      figure:
        'Vista lateral: el cuerpo quieto, apoyado en los antebrazos y las puntas de los pies, con los codos bajo los hombros, en línea recta de la cabeza a los talones.',
    },
    {
      id: 'knee',
      name: 'Flexión de rodillas',
      summary:
        'Una flexión modificada, apoyando las rodillas: el punto de partida si por ahora las flexiones completas te resultan demasiado difíciles.',
      backRisk: {
        reason:
          'Ninguna de las fuentes que usamos aquí califica su riesgo para la espalda. Lo calificamos como bajo porque es una versión más fácil de la flexión estándar, cuyo riesgo para la espalda es bajo con una buena técnica.',
      },
      shoulderRisk: {
        reason: `${noSourceOnShoulders} Lo calificamos como bajo porque es la flexión más fácil de las que mostramos aquí.`,
      },
      muscles: [chest, shoulders, 'Brazos', core],
      suits: [
        'Principiantes que van preparándose para las flexiones completas',
        'Personas con la zona lumbar dolorida pero no lesionada, si un médico no les ha dicho que eviten las flexiones',
      ],
      skipIf: [painNotEffort, doctorSaidAvoid],
      figure:
        'Vista lateral: manos en el suelo bajo los hombros y rodillas en el suelo, el cuerpo recto de la cabeza a las rodillas; baja el pecho hacia el suelo y vuelve a subir. Desde arriba: manos un poco más separadas que los hombros.',
    },
    {
      id: 'standard',
      name: 'Flexión estándar',
      summary:
        'La flexión clásica: manos en el suelo, apoyo sobre las puntas de los pies y el cuerpo en una sola línea recta.',
      backRisk: {
        reason:
          'Con una buena técnica es un ejercicio relativamente seguro, con pocas probabilidades de lesionarte la espalda, y con el tiempo fortalece tu zona media y tu postura. Aun así, puede aparecer dolor de espalda incluso con una técnica correcta, porque las flexiones estándar comprimen las articulaciones de la columna (donde se unen los huesos de tu columna vertebral).',
      },
      shoulderRisk: {
        reason:
          'Las flexiones usan muchos músculos y articulaciones, pero se describen como un ejercicio de bajo riesgo una vez que dominas la técnica.',
      },
      muscles: [chest, shoulders, triceps, upperBack, core],
      suits: [
        'Personas que pueden mantener el cuerpo recto y firme en cada repetición',
        'Personas que vienen de las flexiones de rodillas',
      ],
      skipIf: [
        painNotEffort,
        doctorSaidAvoid,
        notYetDiscussed,
        'Todavía no puedes evitar que se te hunda la cadera: empieza con flexiones de rodillas',
      ],
      figure:
        'Vista lateral: manos en el suelo bajo los hombros, apoyo en las puntas de los pies, el cuerpo en línea recta de la cabeza a los talones; baja el pecho hacia el suelo y vuelve a subir. Desde arriba: manos un poco más separadas que los hombros.',
    },
    {
      id: 'diamond',
      name: 'Flexión diamante',
      summary: 'Una flexión con las manos juntas.',
      backRisk: {
        reason:
          'Normalmente no es peor para la espalda que una flexión normal. No está libre de riesgo, pero el riesgo para la espalda es parecido.',
      },
      shoulderRisk: {
        reason:
          'Las flexiones diamante no siempre sientan bien a los hombros, y una lesión de hombro puede trasladar tensión extra a otros músculos que trabajan, como los de la espalda.',
      },
      muscles: [chest, shoulders, triceps, core],
      suits: ['Personas que ya hacen flexiones estándar con buena técnica', 'Personas con los hombros sanos y sin dolor'],
      skipIf: ['Tienes dolor o una lesión de hombro', 'Todavía no puedes hacer flexiones estándar con buena técnica'],
      figure:
        'Vista lateral: manos bajo el pecho, apoyo en las puntas de los pies, el cuerpo en línea recta; baja el pecho hacia las manos y vuelve a subir. Desde arriba: manos muy juntas, tocándose.',
    },
    {
      id: 'deficit',
      name: 'Flexión en déficit (profunda)',
      summary: 'Con las manos elevadas sobre una plataforma o un balón medicinal, para bajar más de lo que permite el suelo.',
      backRisk: {
        reason:
          'El mayor recorrido hace que los músculos de la espalda trabajen más al bajar, y esa tensión extra puede aumentar el riesgo de lesión. Está pensada para personas con mucha experiencia en flexiones.',
      },
      shoulderRisk: {
        reason: `${noSourceOnShoulders} Lo calificamos como moderado en lugar de bajo por precaución, porque bajas más que en una flexión estándar.`,
      },
      muscles: [chest, 'Músculos de la espalda, que trabajan más al bajar', shoulders, triceps, core],
      suits: [
        'Personas con mucha experiencia en flexiones',
        'Personas que quieren que los músculos de la espalda trabajen más al bajar',
      ],
      skipIf: [notMasteredRegular, backHurtsNow, notYetDiscussed],
      figure:
        'Vista lateral: manos sobre dos bloques elevados, apoyo en las puntas de los pies, el cuerpo en línea recta; baja el pecho por debajo del nivel de las manos y vuelve a subir. Desde arriba: manos un poco más separadas que los hombros.',
    },
    {
      id: 'weighted',
      name: 'Flexión con peso',
      summary: 'Una flexión con peso extra, normalmente apoyado sobre la espalda, para seguir progresando.',
      backRisk: {
        reason:
          'El peso extra sobre la espalda puede someterla a demasiada tensión. Con la preparación adecuada, las flexiones con peso no son malas para la espalda; si las pruebas antes de que tu cuerpo esté listo, es mucho más probable que lo sean.',
      },
      shoulderRisk: {
        reason: `${noSourceOnShoulders} Lo calificamos como moderado en lugar de bajo por precaución, porque empujas un peso extra además del de tu cuerpo.`,
      },
      muscles: [chest, shoulders, triceps, core],
      suits: [
        'Personas con experiencia cuyas flexiones normales son sólidas y sin dolor',
        'Personas que quieren más intensidad de la que dan las flexiones con el peso del cuerpo',
      ],
      skipIf: [notMasteredRegular, backHurtsNow, notYetDiscussed],
      figure:
        'Vista lateral: una flexión estándar con un disco de peso apoyado en la parte alta de la espalda, el cuerpo en línea recta de la cabeza a los talones; baja y vuelve a subir. Desde arriba: manos un poco más separadas que los hombros.',
    },
    {
      id: 'forward',
      name: 'Flexión con las manos adelantadas',
      summary: 'Manos a la anchura de los hombros, unos 20 cm por delante de ellos.',
      backRisk: {
        reason:
          'Los músculos lumbares trabajan más que en una flexión estándar y con esta posición de las manos aumenta el dolor de espalda, así que la posición de la cadera importa todavía más. Con las manos aún más adelantadas, hacia la cabeza, también puede haber problemas en la parte alta de la espalda.',
      },
      shoulderRisk: {
        reason: `${noSourceOnShoulders} ${perfectFormCaution}`,
      },
      muscles: [chest, shoulders, triceps, lowerBackWorksHarder],
      suits: [perfectFormOnly],
      skipIf: [
        'Tienes dolor lumbar con las flexiones: esta posición de las manos puede contribuir a él',
        'Tienes dolor en la parte alta de la espalda durante las flexiones: las manos demasiado adelantadas pueden contribuir a él',
        'Todavía no puedes mantener la cadera alineada en una flexión estándar',
        'Ahora te duele la zona lumbar: deja el trabajo más duro para un día en que la notes fuerte',
        notYetDiscussed,
      ],
      figure:
        'Vista lateral: manos en el suelo unos 20 cm por delante de los hombros, apoyo en las puntas de los pies, el cuerpo en línea recta; baja y vuelve a subir. Desde arriba: manos separadas al ancho de los hombros.',
    },
    {
      id: 'backward',
      name: 'Flexión con las manos atrasadas',
      summary: 'Manos a la anchura de los hombros, unos 20 cm por detrás de ellos.',
      backRisk: {
        reason:
          'Los músculos lumbares trabajan más que en una flexión estándar y con esta posición de las manos aumenta el dolor de espalda, así que la posición de la cadera importa todavía más.',
      },
      shoulderRisk: {
        reason: `${noSourceOnShoulders} ${perfectFormCaution}`,
      },
      muscles: [chest, shoulders, triceps, lowerBackWorksHarder],
      suits: [perfectFormOnly],
      skipIf: [
        'Tienes dolor lumbar con las flexiones: esta posición de las manos puede contribuir a él',
        'Todavía no puedes mantener la cadera alineada en una flexión estándar',
        'Ahora te duele la zona lumbar: deja el trabajo más duro para un día en que la notes fuerte',
        notYetDiscussed,
      ],
      figure:
        'Vista lateral: manos en el suelo unos 20 cm por detrás de los hombros, hacia la cadera, apoyo en las puntas de los pies, el cuerpo en línea recta; baja y vuelve a subir. Desde arriba: manos separadas al ancho de los hombros.',
    },
  ],

  questions: [
    // Emergency red flags
    {
      id: 'emergency-symptoms',
      prompt: '¿Tienes alguno de estos síntomas, además del dolor de espalda?',
      hint: `Puede que algunos te resulten incómodos de pensar, pero son importantes. ${tickAll}`,
      answers: [
        { id: 'bladder-bowel-control', label: 'He perdido el control de la orina o de las heces' },
        { id: 'difficulty-peeing', label: 'Me cuesta orinar' },
        { id: 'saddle-numbness', label: 'Entumecimiento u hormigueo alrededor de los genitales, las nalgas o el ano' },
        { id: 'erection-problems', label: 'Ya no consigo tener o mantener una erección, y esto es nuevo' },
        { id: 'both-legs', label: 'Dolor, hormigueo, debilidad o entumecimiento en las dos piernas' },
        noneOfTheseSymptoms,
      ],
    },
    {
      id: 'chest-symptoms',
      prompt: '¿Y tienes alguno de estos?',
      hint: `Quedarte sin aliento un minuto o dos después de una serie es normal; la falta de aire que no se calma al descansar no lo es. ${tickAll}`,
      answers: [
        { id: 'chest-pain', label: 'Dolor u opresión en el pecho' },
        {
          id: 'tearing-pain',
          label:
            'Dolor repentino e intenso en el pecho o en la parte alta de la espalda, entre los omóplatos, como si algo se desgarrara o se rasgara (puede empezar durante el ejercicio o después)',
        },
        { id: 'breathless-at-rest', label: 'Falta de aire que no se calma cuando descanso' },
        { id: 'pain-to-arm-or-jaw', label: 'Dolor que se extiende a un brazo o a la mandíbula' },
        { id: 'serious-accident', label: 'El dolor empezó después de un accidente grave o de una caída fuerte' },
        noneOfTheseMasculine,
      ],
    },

    // Urgent red flags
    {
      id: 'urgent-symptoms',
      prompt: '¿Tienes alguno de estos?',
      hint: tickAll,
      answers: [
        { id: 'fever', label: 'Fiebre alta, o siento calor y escalofríos' },
        { id: 'weight-loss', label: 'He perdido peso y no sé por qué' },
        { id: 'back-lump', label: 'Un bulto o una hinchazón en la espalda, o mi espalda ha cambiado de forma' },
        { id: 'rest-or-night-pain', label: 'Dolor que no se alivia al descansar, o que empeora por la noche' },
        { id: 'cough-sneeze-strain', label: 'Dolor que empeora al toser, al estornudar o al hacer fuerza en el baño' },
        {
          id: 'top-of-back',
          label:
            'Dolor en la parte alta de la espalda, entre los hombros, que no parece claramente dolor muscular por el entrenamiento',
        },
        { id: 'one-leg-worsening', label: 'Debilidad o entumecimiento en una pierna que va a peor' },
        noneOfTheseMasculine,
      ],
    },
    {
      id: 'health-history',
      prompt: '¿Alguna de estas cosas se aplica a tu salud?',
      hint: tickAll,
      answers: [
        { id: 'cancer-history', label: 'He tenido cáncer' },
        { id: 'long-term-steroids', label: 'He tomado medicamentos con corticoides (esteroides) durante mucho tiempo' },
        { id: 'weak-immune-system', label: 'Tengo el sistema inmunitario debilitado, por una enfermedad o por un medicamento' },
        { id: 'osteoporosis', label: 'Tengo osteoporosis (huesos que se han debilitado y se rompen con facilidad)' },
        noneOfThese,
      ],
    },

    // Who the check is for
    {
      id: 'age',
      prompt: '¿Cuántos años tienes?',
      hint: 'Esta autoevaluación está pensada para personas de 16 años o más.',
      answers: [
        { id: '16-or-over', label: '16 o más' },
        { id: 'under-16', label: 'Menos de 16' },
      ],
    },

    // "See someone soon" red flags
    {
      id: 'see-someone-soon',
      prompt: '¿Te pasa alguna de estas cosas?',
      hint: tickAll,
      answers: [
        { id: 'one-leg', label: 'Dolor que baja por una pierna hasta debajo de la rodilla, u hormigueo en una pierna' },
        { id: 'pain-persists', label: 'Dolor de verdad, no solo molestias musculares, que continúa después de parar' },
        { id: 'not-improving', label: 'Dolor que no ha mejorado tras unas semanas de cuidarme por mi cuenta' },
        { id: 'getting-worse', label: 'Dolor que va a peor' },
        { id: 'known-condition', label: 'Tengo ciática u otro problema de espalda' },
        noneOfThese,
      ],
    },

    // About the pain
    {
      id: 'where',
      prompt: '¿Dónde te duele?',
      hint: 'Elige el lugar donde más lo notas.',
      answers: [
        { id: 'upper-back', label: 'Parte alta de la espalda, o entre los omóplatos' },
        { id: 'lower-back', label: 'Parte baja de la espalda (zona lumbar)' },
        { id: 'neck-shoulders', label: 'Cuello y parte de arriba de los hombros' },
        { id: 'elsewhere', label: 'En otro lugar' },
      ],
    },
    {
      id: 'when',
      prompt: '¿Cuándo lo notas?',
      answers: [
        { id: 'during', label: 'Mientras hago flexiones' },
        { id: 'after', label: 'Después de las flexiones, más tarde ese día o al día siguiente' },
        { id: 'both', label: 'Durante y después' },
      ],
    },
    {
      id: 'feeling',
      prompt: '¿Cómo es la sensación?',
      hint: 'Los músculos cansados y muy trabajados pueden dar molestias. El dolor es otra cosa.',
      answers: [
        { id: 'mild-ache', label: 'Una molestia o un dolor leve, como de músculos cansados' },
        { id: 'sharp-or-lasting', label: 'Dolor agudo, o dolor que dura' },
      ],
    },

    // Habits and form
    {
      id: 'habits',
      prompt: '¿Cuáles de estas situaciones te describen?',
      hint: tickAll,
      answers: [
        {
          id: 'desk-hunched',
          label: 'Paso horas al día en una silla con la espalda encorvada, por ejemplo frente a un escritorio',
        },
        { id: 'chest-over-back', label: 'Entreno el pecho mucho más que la parte alta de la espalda' },
        { id: 'already-tired', label: 'Hago flexiones al final del entrenamiento, cuando ya noto el cansancio' },
        { id: 'more-reps', label: 'He hecho más flexiones de lo habitual, o más de las que puedo hacer con comodidad' },
        { id: 'no-warm-up', label: 'Empiezo las flexiones sin calentar' },
        noneOfThese,
      ],
    },
    {
      id: 'harder-variations',
      prompt: '¿Has estado haciendo alguna de estas flexiones más difíciles?',
      hint: tickAll,
      answers: [
        { id: 'weighted', label: 'Flexiones con peso, con peso extra sobre la espalda' },
        { id: 'deficit', label: 'Flexiones profundas, con las manos elevadas sobre una plataforma o un balón medicinal' },
        { id: 'forward', label: 'Flexiones con las manos unos 20 cm por delante de los hombros' },
        { id: 'backward', label: 'Flexiones con las manos unos 20 cm por detrás de los hombros' },
        { id: 'diamond', label: 'Flexiones diamante, con las manos juntas debajo del pecho' },
        { id: 'none', label: 'Ninguna de estas: solo flexiones normales o de rodillas' },
      ],
    },
    {
      id: 'form',
      prompt: '¿Has notado algo de esto mientras haces flexiones?',
      hint: 'Si no lo sabes con seguridad, grábate de perfil durante una serie o pide a alguien que te observe.',
      answers: [
        { id: 'hips-sag', label: 'Se me hunde la cadera hacia el suelo' },
        { id: 'back-arch', label: 'Se me arquea la zona lumbar' },
        { id: 'dropping', label: 'Me dejo caer hacia el suelo en lugar de bajar con control' },
        { id: 'hands-high', label: 'Las manos me quedan demasiado adelantadas, hacia la cabeza' },
        { id: 'none', label: 'Nada de esto, que yo sepa' },
      ],
    },
    {
      id: 'shoulders',
      prompt: 'Sobre tus hombros: ¿te describe alguna de estas situaciones?',
      hint: tickAll,
      answers: [
        { id: 'no-retraction', label: 'No llevo los hombros hacia atrás y hacia abajo antes de empezar' },
        {
          id: 'rounded-shoulders',
          label: 'Los hombros se me van hacia adelante, o los omóplatos parecen sobresalir por detrás',
        },
        { id: 'upper-back-tires', label: 'La parte alta de la espalda se me cansa antes que el pecho y los brazos' },
        noneOfThese,
      ],
    },
  ],

  outcomes: [
    // Referrals
    {
      id: 'emergency-help',
      title: 'Busca ayuda de emergencia ahora',
      summary:
        'Uno o más de los síntomas marcados pueden ser señal de un problema grave que hay que revisar de inmediato. Los consejos sobre flexiones no pueden ayudar con esto.',
      actions: [],
      referral: {
        who: 'Los servicios de emergencia, o el servicio de urgencias más cercano.',
        when: 'Ahora. No esperes a ver si se calma.',
        meanwhile: [
          'No te pongas al volante: llama {emergency} o pide a alguien que te lleve al servicio de urgencias.',
          'Si no puedes llamar, pide a alguien que esté cerca que llame {emergency} por ti.',
          'Deja de hacer ejercicio y no hagas más flexiones.',
        ],
        tell: [
          'Cuáles de estos síntomas tienes y cuándo empezó cada uno.',
          'Que tienes dolor de espalda, y si empezó durante o después del ejercicio, o después de un accidente o una caída.',
        ],
      },
    },
    {
      id: 'urgent-appointment',
      title: 'Pide una cita urgente con un médico',
      summary:
        'Algo de lo marcado necesita que un médico lo revise pronto. No debe atribuirse a las flexiones hasta que un médico lo haya valorado.',
      actions: [],
      referral: {
        who: 'Un médico.',
        when: 'Hoy o mañana. Si no consigues cita, llama {urgent}.',
        meanwhile: [stopUntilChecked, ...ifWorse],
        tell: [
          'Qué puntos de la lista marcaste y cuándo empezó cada uno.',
          'Dónde te duele la espalda, y que haces flexiones.',
          'Los medicamentos que tomes y cualquier enfermedad que hayas tenido, como un cáncer.',
        ],
      },
    },
    {
      id: 'see-professional-soon',
      title: 'Consulta pronto a un médico o a un fisioterapeuta',
      summary:
        'Vale la pena que revisen el dolor o el hormigueo que baja por una pierna, el dolor de verdad (no una molestia leve) y el dolor que no mejora o va a peor. Aquí la respuesta no son los consejos de técnica.',
      actions: [],
      referral: {
        who: 'Un médico o un fisioterapeuta.',
        when: 'Pide una cita no urgente. No hace falta que sea hoy.',
        meanwhile: [
          'Deja las flexiones y cualquier otro ejercicio que te duela; no sigas a pesar del dolor.',
          'Descansa de las flexiones, no del movimiento: mantén toda la actividad que el dolor te permita, porque el reposo prolongado en cama puede retrasar la recuperación.',
          ...ifWorse,
        ],
        tell: [
          'Dónde te duele, si el dolor baja por una pierna y desde cuándo lo tienes.',
          'Si está mejorando, sigue igual o va a peor.',
          'Qué estabas haciendo cuando empezó, por ejemplo flexiones.',
        ],
      },
    },
    {
      id: 'ask-your-doctor-first',
      title: 'Sigue los consejos de tu propio médico o fisioterapeuta',
      summary:
        'Con ciática u otro problema de espalda, que las flexiones te convengan o no depende de tu situación, así que el médico o el fisioterapeuta que conoce tu problema es quien mejor puede orientarte.',
      actions: [],
      referral: {
        who: 'El médico o el fisioterapeuta que conoce tu problema de espalda.',
        when: 'Antes de seguir con las flexiones. Basta con una cita no urgente.',
        meanwhile: [
          'Sigue los consejos que ya te han dado para tu problema.',
          'Si te dicen que las flexiones pueden ayudarte, hazlas como te indiquen; si te aconsejan evitarlas, no las hagas.',
          ...ifWorse,
        ],
        tell: [
          'Dónde te duele la espalda durante o después de las flexiones.',
          'Si lo notas como tu problema de siempre o diferente.',
        ],
      },
    },
    {
      id: 'under-16-see-doctor',
      title: 'Consulta a un médico',
      summary:
        'Esta autoevaluación está pensada para personas de 16 años o más. El dolor de espalda en alguien más joven debe revisarlo un médico, así que pide a tu madre, a tu padre o a otra persona adulta de confianza que te ayude a ir a consulta.',
      actions: [],
      referral: {
        who: 'Un médico, junto con tu madre, tu padre u otra persona adulta de confianza.',
        when: 'Pide una cita. No hace falta que sea hoy.',
        meanwhile: [stopUntilChecked, ...ifWorse],
        tell: ['Dónde te duele, cuándo empezó y qué estabas haciendo, por ejemplo flexiones.'],
      },
    },
    {
      id: 'outside-this-check',
      title: 'Consulta a un médico o a un fisioterapeuta por este dolor',
      summary:
        'Esta autoevaluación solo trata el dolor en la parte alta o baja de la espalda, así que no cubre el dolor en el cuello ni en otras partes. Ese dolor puede tener otras causas, y debería revisarlo un médico o un fisioterapeuta en lugar de que esta autoevaluación intente adivinarlas.',
      actions: [],
      referral: {
        who: 'Un médico o un fisioterapeuta.',
        when: 'Pide una cita no urgente.',
        meanwhile: ['Deja cualquier ejercicio que te duela; no sigas a pesar del dolor.', ...ifWorse],
        tell: ['Dónde te duele, cuándo empezó y si aparece durante o después de las flexiones.'],
      },
    },

    // Self-care
    {
      id: 'poor-technique',
      title: 'Puede que tu técnica necesite mejorar',
      summary:
        'Los pequeños errores de técnica son fáciles de pasar por alto, y pueden hacer que los músculos equivocados trabajen más de lo que deberían. Una técnica incorrecta es la causa habitual del dolor lumbar durante las flexiones, y el dolor en la parte alta de la espalda durante ellas suele ser señal de que la técnica necesita mejorar. Bien hechas, las flexiones pueden fortalecer tu zona media y tu postura con el tiempo.',
      actions: [
        'Detente y revisa tu técnica con la lista de verificación antes de continuar.',
        'Grábate de perfil durante una serie, o pide a alguien que te observe, para detectar errores que no notas.',
        'Vuelve a las flexiones de rodillas mientras trabajas la técnica, y avanza poco a poco.',
      ],
    },
    {
      id: 'dropping-down',
      title: 'Puede que te dejes caer en lugar de bajar con control',
      summary:
        'Dejarte caer hacia el suelo, en lugar de bajar con control, es uno de los pequeños errores de técnica que pueden hacer que los músculos equivocados trabajen de más, y puede causar problemas sobre todo en la parte alta de la espalda.',
      actions: [
        'Baja despacio y con control en cada repetición.',
        'Termina la serie cuando ya no puedas controlar la bajada.',
        'Vuelve a las flexiones de rodillas hasta que puedas bajar con control cada vez.',
      ],
    },
    {
      id: 'hips-sagging',
      title: 'Puede que se te hunda la cadera',
      summary:
        'Dejar que la cadera se hunda al bajar añade tensión a la columna, sobre todo a la zona lumbar, y eso puede causar dolor durante las flexiones.',
      actions: [
        'Mantén una línea recta de la cabeza a los talones durante toda la bajada y la subida.',
        'Aprieta los músculos del abdomen para mantener la línea.',
        'Prueba las flexiones de rodillas hasta que puedas mantener la cadera alineada en cada repetición.',
      ],
    },
    {
      id: 'over-arching',
      title: 'Puede que arquees demasiado la zona lumbar',
      summary:
        'Arquear demasiado la zona lumbar durante las flexiones puede causar molestias en esa zona. Apretar el abdomen y los glúteos (los músculos de las nalgas) ayuda a que trabajen los músculos adecuados.',
      actions: [
        'Lleva el ombligo hacia la columna y aprieta los músculos del abdomen.',
        'Aprieta los glúteos a la vez.',
        'Mantén el cuerpo en una línea recta de la cabeza a los talones.',
      ],
    },
    {
      id: 'hands-too-high',
      title: 'Puede que tengas las manos demasiado adelantadas',
      summary:
        'Poner las manos demasiado adelantadas, hacia la cabeza, es uno de los pequeños errores de técnica que pueden hacer que los músculos equivocados trabajen de más, y puede causar problemas sobre todo en la parte alta de la espalda.',
      actions: [
        'Coloca las manos un poco más separadas que el ancho de los hombros, y no demasiado adelantadas.',
        'Grábate de perfil durante una serie, o pide a alguien que te observe, para comprobar dónde apoyas las manos.',
      ],
    },
    {
      id: 'hand-placement',
      title: 'Puede que las flexiones con las manos adelantadas o atrasadas estén contribuyendo',
      summary:
        'Con las manos unos 20 cm por delante o por detrás de los hombros, los músculos lumbares trabajan más que en una flexión estándar, y el dolor de espalda aumenta con estas variantes.',
      actions: [
        'Vuelve a las flexiones estándar mientras tu espalda se calma.',
        'Si más adelante vuelves a las flexiones con las manos adelantadas o atrasadas, vigila bien la cadera en cada repetición.',
      ],
    },
    {
      id: 'shoulders-not-retracted',
      title: 'Puede que no estés colocando bien los hombros',
      summary:
        'Hacer flexiones con los hombros redondeados hacia adelante puede hacer que te duela la parte alta de la espalda. Llevarlos antes hacia atrás y hacia abajo ayuda a evitarlo, y hace más fácil mantener los codos cerca del cuerpo.',
      actions: [
        'Antes de la primera repetición, lleva los hombros hacia atrás y hacia abajo, como si sujetaras una pelota de tenis entre los omóplatos.',
        'Mantén los codos cerca del cuerpo al bajar.',
        'Coloca los hombros de la misma forma también antes de otros ejercicios de empuje y de tirón.',
      ],
    },
    {
      id: 'weak-upper-back',
      title: 'Puede que la parte alta de tu espalda se canse primero',
      summary:
        'Si los músculos de la parte alta de tu espalda son más débiles que los demás músculos que usan las flexiones, se cansan antes, y puedes notar dolor y molestias en esa zona mientras les cuesta seguir el ritmo.',
      actions: [
        trainUpperBack,
        'Si te duele la parte alta de la espalda a mitad de una serie, detente y revisa tu técnica antes de continuar.',
      ],
    },
    {
      id: 'desk-posture',
      title: 'Puede que tu postura del día a día tenga que ver',
      summary:
        'Pasar horas al día con los hombros redondeados hacia adelante, por ejemplo encorvándote frente a una pantalla, es un motivo frecuente de que duela la parte alta de la espalda después de hacer flexiones. Entrenar no basta por sí solo para deshacerlo, y cambiar la postura lleva tiempo.',
      actions: [
        'Trabaja tu postura durante el día, no solo en tus entrenamientos.',
        trainUpperBack,
        'Lleva los hombros hacia atrás y hacia abajo antes de cada serie de flexiones.',
        'Cuenta con que esto requiere un trabajo constante con el tiempo, no unos pocos días.',
      ],
    },
    {
      id: 'tight-pec-minor',
      title: 'Puede que un músculo del pecho tenso tire de tus hombros hacia adelante',
      summary:
        'El pectoral menor es un músculo pequeño que está debajo del músculo principal del pecho. Cuando está tenso, tira del omóplato hacia abajo y hacia adelante, lo que puede hacer que los omóplatos parezcan sobresalir por detrás. Una mala postura puede tensarlo.',
      actions: [
        'Pide a un fisioterapeuta que te enseñe una forma suave de estirar o soltar el pectoral menor antes de las flexiones.',
        'Hazlo con regularidad: no es una solución de una sola vez.',
        shouldersBeforeEachSet,
      ],
    },
    {
      id: 'shoulder-muscle-imbalance',
      title: 'Puede que algunos músculos del hombro estén trabajando de más',
      summary:
        'Dos músculos pequeños, uno en la parte de atrás y lateral del cuello (el elevador de la escápula) y otro entre el omóplato y la columna (el romboides menor), pueden acabar haciendo más trabajo que el trapecio superior, el músculo que cruza la parte de arriba de los hombros. Un motivo habitual es entrenar el pecho mucho más que la parte alta de la espalda, o tener los hombros redondeados.',
      actions: [
        'Equilibra tu entrenamiento: trabaja la parte alta de la espalda y la parte de arriba de los hombros, no solo el pecho.',
        'Trabaja tu postura para que los hombros no se vayan hacia adelante.',
        shouldersBeforeEachSet,
      ],
    },
    {
      id: 'muscle-fatigue',
      title: 'Puede que tus músculos solo estén cansados y recuperándose',
      summary:
        'Después de entrenar, los músculos muy trabajados pueden dar molestias mientras se reparan, y puede que eso sea completamente normal. Los músculos cansados pueden causar una molestia leve, pero no deberían causar dolor.',
      actions: [
        'Da a tus músculos tiempo para descansar y recuperarse antes de la siguiente sesión.',
        'Limita tus repeticiones a lo que te permita tu forma física.',
      ],
    },
    {
      id: 'too-many-reps',
      title: 'Puede que hagas más de lo que tu cuerpo está preparado para hacer',
      summary: 'Hacer más flexiones de las que tu forma física actual puede asumir puede contribuir al dolor de espalda.',
      actions: [
        'Reduce las repeticiones a un número que puedas hacer con buena técnica.',
        'Aumenta poco a poco a medida que ganes fuerza.',
        'Descansa entre sesiones para que tus músculos se recuperen.',
      ],
    },
    {
      id: 'training-when-tired',
      title: 'Puede que hagas flexiones con cansancio acumulado',
      summary:
        'Cuando el entrenamiento ya te ha dejado sin energía, es fácil que tu técnica empeore, y los pequeños errores de técnica pueden provocar dolor de espalda.',
      actions: [
        'Haz las flexiones al principio de la sesión, cuando todavía tienes energía.',
        'Termina la serie cuando tu técnica empiece a empeorar.',
        'Descansa bien entre sesiones.',
      ],
    },
    {
      id: 'no-warm-up',
      title: 'Puede que te estés saltando el calentamiento',
      summary:
        'Calentar lleva más sangre a los músculos antes de que trabajen, y calentar bien forma parte de evitar que las flexiones te hagan daño en la espalda.',
      actions: [
        'Calienta antes de la primera serie.',
        'Haz algunos estiramientos suaves después del ejercicio para ayudar a tus músculos a recuperarse.',
      ],
    },
    {
      id: 'weighted-too-soon',
      title: 'Puede que hayas empezado demasiado pronto con las flexiones con peso',
      summary:
        'El peso extra sobre la espalda le añade tensión. Con la preparación adecuada, las flexiones con peso no son malas para la espalda, pero si las pruebas demasiado pronto es mucho más probable que lo sean.',
      actions: [
        'Quita el peso y vuelve por ahora a las flexiones normales.',
        'Consigue una buena base de flexiones normales antes de volver a añadir peso.',
      ],
    },
    {
      id: 'deep-too-soon',
      title: 'Puede que hayas empezado demasiado pronto con las flexiones profundas',
      summary:
        'Con las manos elevadas sobre una plataforma, bajas más y los músculos de la espalda trabajan más. Esa tensión extra puede aumentar el riesgo de lesión, así que es mejor dejar las flexiones profundas para cuando tengas mucha experiencia con las normales.',
      actions: [
        'Vuelve por ahora a las flexiones normales en el suelo.',
        'Consigue una buena base de flexiones normales antes de volver a añadir profundidad.',
      ],
    },
    {
      id: 'diamond-shoulders',
      title: 'Puede que las flexiones diamante estén sobrecargando tus hombros',
      summary:
        'Las flexiones diamante no suelen ser peores para la espalda que las normales, aunque no están libres de riesgo, pero no siempre sientan bien a los hombros. Un hombro lesionado puede trasladar tensión extra a la espalda.',
      actions: ['Cambia a flexiones normales si te empiezan a doler los hombros.', shouldersBeforeEachSet],
    },

    // Shown with every self-care result
    {
      id: 'keep-moving',
      title: 'Sigue moviéndote, y detente si te duele',
      summary:
        'La mayoría de los dolores de espalda mejoran en unas pocas semanas. Descansa de las flexiones, no del movimiento: mantener toda la actividad que el dolor te permita ayuda, y el reposo prolongado en cama puede retrasar la recuperación.',
      actions: [
        'Deja cualquier ejercicio que te duela. Los músculos que trabajan pueden dar molestias, pero el ejercicio no debería doler.',
        'Si el dolor no ha mejorado después de unas semanas, va a peor o aparecen síntomas nuevos, consulta a un médico o a un fisioterapeuta.',
      ],
    },
  ],
};

export default es;
