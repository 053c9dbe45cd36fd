package se.vinr.ledger.events.screening;

/** The risk and screening instruments whose use is counted. */
public enum ScreeningInstrument {
    /** FREDA-kortfrågor: short questions asked to find violence. */
    FREDA_KORTFRAGOR,
    /** FREDA-beskrivning: describes the violence a person has been exposed to. */
    FREDA_BESKRIVNING,
    /** FREDA-farlighetsbedömning: assesses the risk of continued serious violence. */
    FREDA_FARLIGHET,
    /** PATRIARK: risk assessment of honour-related violence. */
    PATRIARK,
    SIGNS_OF_SAFETY,
    /** Irisk: risk assessment of violence in close relationships. */
    IRISK
}
