package uk.gov.safeguarding.publication.dataset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<Publication, String> {}
