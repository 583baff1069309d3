package vn.gov.pressinfo.pressresponse.publicfeed;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import vn.gov.pressinfo.pressresponse.config.PressConfig;
import vn.gov.pressinfo.pressresponse.pressitem.PressCase;
import vn.gov.pressinfo.pressresponse.rebuttal.Rebuttal;
import vn.gov.pressinfo.pressresponse.rebuttal.RebuttalStatus;
import vn.gov.pressinfo.web.Page;
import vn.gov.pressinfo.web.PageRequest;

/** The public feed of rebuttals (thông tin phản hồi, cải chính công khai): sent ones only, newest first. */
@ApplicationScoped
public class PublicRebuttalFeed {

    private final EntityManager em;
    private final PressConfig config;

    public PublicRebuttalFeed(EntityManager em, PressConfig config) {
        this.em = em;
        this.config = config;
    }

    public Page<PublishedRebuttal> page(PageRequest page) {
        List<Object[]> rows = em.createQuery("select r, c from Rebuttal r, PressCase c where c.id = r.caseId and r.status = :sent "
                        + "order by r.sentAt desc, r.id desc", Object[].class)
                .setParameter("sent", RebuttalStatus.SENT)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(r) from Rebuttal r where r.status = :sent", Long.class)
                .setParameter("sent", RebuttalStatus.SENT).getSingleResult();
        String base = config.publicBaseUrl().endsWith("/") ? config.publicBaseUrl() : config.publicBaseUrl() + "/";
        List<PublishedRebuttal> items = rows.stream().map(row -> {
            Rebuttal r = (Rebuttal) row[0];
            PressCase c = (PressCase) row[1];
            return new PublishedRebuttal(c.id, c.title, c.excerpt, c.verdict, c.verdict.label(), r.correctInformation,
                    c.responsibleAgencyName, r.sentAt, c.outletName, c.medium, c.url, base + c.id);
        }).toList();
        return Page.of(items, page, total);
    }
}
