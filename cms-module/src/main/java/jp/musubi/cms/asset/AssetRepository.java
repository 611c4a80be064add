package jp.musubi.cms.asset;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Asset metadata in {@code cms_asset}. */
@Repository
public class AssetRepository {

    private final JdbcClient jdbc;

    public AssetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Asset asset) {
        jdbc.sql("INSERT INTO cms_asset (id, filename, media_type, size_bytes, sha256, uploaded_at, uploaded_by,"
                        + " restricted) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(asset.id(), asset.filename(), asset.mediaType(), asset.size(), asset.sha256(),
                        new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, asset.uploadedAt().atOffset(ZoneOffset.UTC)),
                        asset.uploadedBy(), asset.restricted())
                .update();
    }

    public Optional<Asset> find(UUID id) {
        return jdbc.sql("SELECT id, filename, media_type, size_bytes, sha256, uploaded_at, uploaded_by, restricted"
                        + " FROM cms_asset"
                        + " WHERE id = ?")
                .param(id)
                .query((rs, n) -> new Asset(rs.getObject("id", UUID.class), rs.getString("filename"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(), rs.getString("uploaded_by"),
                        rs.getBoolean("restricted")))
                .optional();
    }

    public boolean exists(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM cms_asset WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM cms_asset").query(Long.class).single();
    }
}
